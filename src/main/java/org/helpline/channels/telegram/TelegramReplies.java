package org.helpline.channels.telegram;

import java.util.List;

import org.helpline.conversation.ChatMessage;
import org.helpline.intake.Button;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;

/** Puts messages into a Telegram chat (or one of a forum's topics), within Telegram's limits. */
class TelegramReplies {

    /** Telegram's longest message text. */
    static final int MAX_TEXT = 4096;

    private final TelegramApi api;

    TelegramReplies(TelegramApi api) {
        this.api = api;
    }

    /** Sends the messages in order; a text too long for one message goes in parts, its buttons under the last. */
    void send(String chatId, List<ChatMessage> messages) throws TelegramApiException {
        for (ChatMessage message : messages) {
            post(chatId, null, message.text(), message.buttons() == null ? List.of() : message.buttons());
        }
    }

    /** Sends a text of the channel's own, one that is not part of the conversation's transcript. */
    void say(String chatId, String text) throws TelegramApiException {
        post(chatId, null, text, List.of());
    }

    /** Posts a text into the chat, or into its topic {@code threadId} when set: in parts, buttons under the last. */
    void post(String chatId, Integer threadId, String text, List<Button> buttons) throws TelegramApiException {
        List<String> parts = TextParts.split(text, MAX_TEXT);
        for (int i = 0; i < parts.size(); i++) {
            api.send(chatId, threadId, parts.get(i), i == parts.size() - 1 ? buttons : List.of());
        }
    }
}
