package org.helpline.channels.telegram;

import java.util.ArrayList;
import java.util.List;

import org.helpline.channels.telegram.TelegramOutbox.Message;
import org.helpline.conversation.Button;
import org.helpline.conversation.ChatMessage;

/**
 * Puts messages into a Telegram chat (or one of a forum's topics) through the {@link TelegramOutbox}: they are
 * stored when these methods return, and sent in order within Telegram's limits.
 */
class TelegramReplies {

    /** Telegram's longest message text. */
    static final int MAX_TEXT = 4096;

    private final TelegramOutbox outbox;

    TelegramReplies(TelegramOutbox outbox) {
        this.outbox = outbox;
    }

    /** Sends the messages in order; a text too long for one message goes in parts, its buttons under the last. */
    void send(String chatId, List<ChatMessage> messages) {
        List<Message> parts = new ArrayList<>();
        for (ChatMessage message : messages) {
            parts.addAll(parts(chatId, null, message.text(), message.buttons() == null ? List.of() : message.buttons()));
        }
        outbox.enqueue(parts);
    }

    /** Sends a text of the channel's own, one that is not part of the conversation's transcript. */
    void say(String chatId, String text) {
        post(chatId, null, text, List.of());
    }

    /** Posts a text into the chat, or into its topic {@code threadId} when set: in parts, buttons under the last. */
    void post(String chatId, Integer threadId, String text, List<Button> buttons) {
        outbox.enqueue(parts(chatId, threadId, text, buttons));
    }

    /** Posts a stored attachment into the topic {@code threadId}, with a caption; it is read from the store when sent. */
    void postFile(String chatId, Integer threadId, String attachmentId, String filename, String caption) {
        outbox.enqueue(List.of(Message.document(chatId, threadId, attachmentId, filename, caption)));
    }

    /**
     * Asks in the topic for ticket {@code number}'s escalation reason, as a question answered by replying to it;
     * once it is sent, {@link ReasonAsked} names its message id.
     */
    void askReason(String chatId, Integer threadId, String text, String number) {
        outbox.enqueue(List.of(Message.reasonQuestion(chatId, threadId, text, number)));
    }

    private static List<Message> parts(String chatId, Integer threadId, String text, List<Button> buttons) {
        List<String> parts = TextParts.split(text, MAX_TEXT);
        List<Message> messages = new ArrayList<>();
        for (int i = 0; i < parts.size(); i++) {
            messages.add(Message.text(chatId, threadId, parts.get(i), i == parts.size() - 1 ? buttons : List.of()));
        }
        return messages;
    }
}
