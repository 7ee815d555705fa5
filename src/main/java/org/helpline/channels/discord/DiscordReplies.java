package org.helpline.channels.discord;

import java.util.ArrayList;
import java.util.List;

import org.helpline.channels.TextParts;
import org.helpline.conversation.ChatMessage;
import org.helpline.intake.Button;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Puts messages into a client's Discord DMs, in order: a text longer than Discord allows goes in parts, its buttons
 * under the last.
 */
class DiscordReplies {

    /** One message as Discord gets it: a text of at most 2,000 characters and its buttons. */
    record Part(String chatId, String text, List<Button> buttons) {
    }

    private static final Logger log = LoggerFactory.getLogger(DiscordReplies.class);

    private final DiscordSender sender;

    DiscordReplies(DiscordSender sender) {
        this.sender = sender;
    }

    void send(String chatId, List<ChatMessage> messages) {
        deliver(parts(chatId, messages));
    }

    /** Sends a text of the channel's own, one that is not part of the conversation's transcript. */
    void say(String chatId, String text) {
        deliver(parts(chatId, text, List.of()));
    }

    /**
     * Sends the first part at once and says how that went, so the caller can tell the client their DMs are closed;
     * unless Discord refused it for good, the rest follows as usual.
     */
    DiscordSender.Result sendFirstNow(String chatId, List<ChatMessage> messages) {
        List<Part> parts = parts(chatId, messages);
        if (parts.isEmpty()) {
            return new DiscordSender.Result.Sent(null);
        }
        DiscordSender.Result first = sender.send(chatId, parts.getFirst().text(), parts.getFirst().buttons(), null, null);
        switch (first) {
            case DiscordSender.Result.Sent sent -> deliver(parts.subList(1, parts.size()));
            case DiscordSender.Result.Refused refused -> log.info("Discord refused a DM to user {}: {}", chatId, refused.error());
            default -> deliver(parts);
        }
        return first;
    }

    private void deliver(List<Part> parts) {
        for (Part part : parts) {
            DiscordSender.Result result = sender.send(part.chatId(), part.text(), part.buttons(), null, null);
            if (!(result instanceof DiscordSender.Result.Sent)) {
                log.warn("A message to Discord user {} was not sent: {}", part.chatId(), result);
            }
        }
    }

    private static List<Part> parts(String chatId, List<ChatMessage> messages) {
        List<Part> parts = new ArrayList<>();
        for (ChatMessage message : messages) {
            parts.addAll(parts(chatId, message.text(), message.buttons() == null ? List.of() : message.buttons()));
        }
        return parts;
    }

    private static List<Part> parts(String chatId, String text, List<Button> buttons) {
        List<String> texts = TextParts.split(text, DiscordSender.MAX_TEXT);
        List<Part> parts = new ArrayList<>();
        for (int i = 0; i < texts.size(); i++) {
            parts.add(new Part(chatId, texts.get(i), i == texts.size() - 1 ? buttons : List.of()));
        }
        return parts;
    }
}
