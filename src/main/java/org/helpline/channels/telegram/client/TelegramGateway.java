package org.helpline.channels.telegram.client;

import java.util.List;

import org.helpline.channels.telegram.botapi.TelegramReplies;
import org.helpline.conversation.ChannelGateway;
import org.helpline.conversation.ChatMessage;

/** Reaches a Telegram client unprompted: engineers' replies and questions about their ticket. */
class TelegramGateway implements ChannelGateway {

    private final TelegramReplies replies;

    TelegramGateway(TelegramReplies replies) {
        this.replies = replies;
    }

    @Override
    public String channel() {
        return TelegramReplies.CHANNEL;
    }

    /** Queues the messages in the outbox, which sends them in order and retries what Telegram cannot take yet. */
    @Override
    public void deliver(String chatId, List<ChatMessage> messages) {
        replies.send(chatId, messages);
    }
}
