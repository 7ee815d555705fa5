package org.helpline.channels.telegram;

import java.util.List;

import org.helpline.conversation.ChatMessage;
import org.helpline.intake.Button;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;

/** Puts the conversation's messages into a Telegram chat, within Telegram's limits. */
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
            List<String> parts = TextParts.split(message.text(), MAX_TEXT);
            for (int i = 0; i < parts.size(); i++) {
                List<Button> buttons = i == parts.size() - 1 ? message.buttons() : List.of();
                api.send(chatId, parts.get(i), buttons == null ? List.of() : buttons);
            }
        }
    }

    /** Sends a text of the channel's own, one that is not part of the conversation's transcript. */
    void say(String chatId, String text) throws TelegramApiException {
        for (String part : TextParts.split(text, MAX_TEXT)) {
            api.send(chatId, part, List.of());
        }
    }
}
