package org.helpline.channels.telegram.botapi;

import java.util.ArrayList;
import java.util.List;

import org.helpline.channels.ChatReplies;
import org.helpline.channels.TextParts;
import org.helpline.conversation.ChatMessage;
import org.helpline.conversation.Button;
import org.helpline.outbox.Destination;
import org.helpline.outbox.Outbox;
import org.helpline.outbox.OutgoingMessage;

/**
 * Puts messages into a Telegram chat (or one of a forum's topics) through the {@link Outbox}: they are stored when
 * these methods return, and sent in order within Telegram's limits.
 */
public class TelegramReplies implements ChatReplies {

    /** The channel's name in conversations and in the outbox. */
    public static final String CHANNEL = "telegram";

    /** Telegram's longest message text. */
    public static final int MAX_TEXT = 4096;

    private final Outbox outbox;

    TelegramReplies(Outbox outbox) {
        this.outbox = outbox;
    }

    /** Sends the messages in order; a text too long for one message goes in parts, its buttons under the last. */
    @Override
    public void send(String chatId, List<ChatMessage> messages) {
        List<OutgoingMessage> parts = new ArrayList<>();
        for (ChatMessage message : messages) {
            parts.addAll(parts(chatId, null, message.text(), message.buttons() == null ? List.of() : message.buttons()));
        }
        outbox.enqueue(parts);
    }

    @Override
    public void say(String chatId, String text) {
        post(chatId, null, text, List.of());
    }

    /** Posts a text into the chat, or into its topic {@code threadId} when set: in parts, buttons under the last. */
    public void post(String chatId, Integer threadId, String text, List<Button> buttons) {
        outbox.enqueue(parts(chatId, threadId, text, buttons));
    }

    /** Posts a stored attachment into the topic {@code threadId}, with a caption; it is read from the store when sent. */
    public void postFile(String chatId, Integer threadId, String attachmentId, String filename, String caption) {
        outbox.enqueue(List.of(OutgoingMessage.file(to(chatId, threadId), attachmentId, filename, caption)));
    }

    /**
     * Asks in the topic a question answered by replying to it; once it is sent, {@link org.helpline.outbox.MessageSent}
     * with {@code correlation} names its message id.
     */
    public void ask(String chatId, Integer threadId, String text, String correlation) {
        outbox.enqueue(List.of(OutgoingMessage.question(to(chatId, threadId), text, correlation)));
    }

    static Destination to(String chatId, Integer threadId) {
        return new Destination(CHANNEL, chatId, threadId == null ? null : String.valueOf(threadId));
    }

    private static List<OutgoingMessage> parts(String chatId, Integer threadId, String text, List<Button> buttons) {
        List<String> parts = TextParts.split(text, MAX_TEXT);
        List<OutgoingMessage> messages = new ArrayList<>();
        for (int i = 0; i < parts.size(); i++) {
            messages.add(OutgoingMessage.text(to(chatId, threadId), parts.get(i),
                    i == parts.size() - 1 ? buttons : List.of()));
        }
        return messages;
    }
}
