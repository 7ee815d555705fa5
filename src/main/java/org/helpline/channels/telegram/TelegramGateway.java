package org.helpline.channels.telegram;

import java.util.List;

import org.helpline.conversation.ChannelGateway;
import org.helpline.conversation.ChatMessage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;

/** Reaches a Telegram client unprompted: engineers' replies and questions about their ticket. */
class TelegramGateway implements ChannelGateway {

    static final String CHANNEL = "telegram";

    private static final Logger log = LoggerFactory.getLogger(TelegramGateway.class);

    private final TelegramReplies replies;

    TelegramGateway(TelegramReplies replies) {
        this.replies = replies;
    }

    @Override
    public String channel() {
        return CHANNEL;
    }

    /** Sends at once; what Telegram refuses stays in the transcript only (there is no outbox to retry from yet). */
    @Override
    public void deliver(String chatId, List<ChatMessage> messages) {
        try {
            replies.send(chatId, messages);
        } catch (TelegramApiException e) {
            log.error("Could not deliver {} message(s) to Telegram chat {}", messages.size(), chatId, e);
        }
    }
}
