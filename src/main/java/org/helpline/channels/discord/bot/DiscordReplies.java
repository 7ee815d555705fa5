package org.helpline.channels.discord.bot;

import java.util.ArrayList;
import java.util.List;

import org.helpline.channels.ChatReplies;
import org.helpline.channels.TextParts;
import org.helpline.conversation.ChatMessage;
import org.helpline.conversation.Button;
import org.helpline.outbox.Delivery;
import org.helpline.outbox.Destination;
import org.helpline.outbox.Outbox;
import org.helpline.outbox.OutgoingMessage;

/**
 * Puts messages into a client's Discord DMs, or into a staff forum post, through the {@link Outbox}: they are stored
 * when these methods return, and sent in order; a text longer than Discord allows goes in parts, its buttons under
 * the last.
 */
public class DiscordReplies implements ChatReplies {

    /** The channel's name in conversations, tickets and the outbox. */
    public static final String CHANNEL = "discord";

    private final Outbox outbox;
    private final DiscordSender sender;

    DiscordReplies(Outbox outbox, DiscordSender sender) {
        this.outbox = outbox;
        this.sender = sender;
    }

    @Override
    public void send(String chatId, List<ChatMessage> messages) {
        outbox.enqueue(parts(chatId, messages));
    }

    @Override
    public void say(String chatId, String text) {
        outbox.enqueue(parts(Destination.chat(CHANNEL, chatId), text, List.of()));
    }

    /** Posts into the forum post {@code threadId} of the forum {@code forumId}. */
    public void post(String forumId, String threadId, String text, List<Button> buttons) {
        outbox.enqueue(parts(new Destination(CHANNEL, forumId, threadId), text, buttons));
    }

    /** Posts a stored attachment into a forum post, with a caption; it is read from the store when sent. */
    public void postFile(String forumId, String threadId, String attachmentId, String filename, String caption) {
        outbox.enqueue(List.of(OutgoingMessage.file(new Destination(CHANNEL, forumId, threadId),
                attachmentId, filename, caption)));
    }

    /**
     * Sends the first part at once, past the outbox, and says how that went, so that {@code /support} can tell the
     * client at once that their DMs are closed; the rest goes through the outbox — all of it, the first part too,
     * unless Discord refused that for good (the client presses {@code /support} again once their DMs are open).
     */
    public Delivery sendFirstNow(String chatId, List<ChatMessage> messages) {
        List<OutgoingMessage> parts = parts(chatId, messages);
        if (parts.isEmpty()) {
            return new Delivery.Sent(null);
        }
        Delivery first = sender.send(parts.getFirst(), null);
        switch (first) {
            case Delivery.Sent sent -> outbox.enqueue(parts.subList(1, parts.size()));
            case Delivery.Refused refused -> {
            }
            default -> outbox.enqueue(parts);
        }
        return first;
    }

    private static List<OutgoingMessage> parts(String chatId, List<ChatMessage> messages) {
        List<OutgoingMessage> parts = new ArrayList<>();
        for (ChatMessage message : messages) {
            parts.addAll(parts(Destination.chat(CHANNEL, chatId), message.text(),
                    message.buttons() == null ? List.of() : message.buttons()));
        }
        return parts;
    }

    private static List<OutgoingMessage> parts(Destination to, String text, List<Button> buttons) {
        List<String> texts = TextParts.split(text, DiscordSender.MAX_TEXT);
        List<OutgoingMessage> parts = new ArrayList<>();
        for (int i = 0; i < texts.size(); i++) {
            parts.add(OutgoingMessage.text(to, texts.get(i), i == texts.size() - 1 ? buttons : List.of()));
        }
        return parts;
    }
}
