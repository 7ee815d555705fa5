package org.helpline.channels;

import java.util.List;

import org.helpline.conversation.ChatMessage;

/** How a messenger's client side puts messages into a client's chat: stored in the outbox when these return. */
public interface ChatReplies {

    /** Sends the conversation's messages in order. */
    void send(String chatId, List<ChatMessage> messages);

    /** Sends a text of the channel's own, one that is not part of the conversation's transcript. */
    void say(String chatId, String text);
}
