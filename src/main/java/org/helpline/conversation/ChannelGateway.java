package org.helpline.conversation;

import java.util.List;

/**
 * A channel that can reach a client unprompted (Telegram, Discord): messages the client did not cause — an
 * engineer's reply, «Вопрос решён?» — are delivered through it. The web chat has none: its page polls the
 * transcript. Replies to a client's own message are sent by the channel adapter that received it.
 */
public interface ChannelGateway {

    /** The channel's name, as in {@link Inbound#channel()}. */
    String channel();

    /** Sends the messages to the chat; may queue them, must not lose them. */
    void deliver(String chatId, List<ChatMessage> messages);
}
