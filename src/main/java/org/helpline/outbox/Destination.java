package org.helpline.outbox;

/**
 * Where a message goes: a chat of a channel ({@code telegram}, {@code discord}), and in it, when set, a thread (a
 * Telegram forum topic, a Discord thread or forum post). Each chat's messages leave in the order they were queued.
 */
public record Destination(String channel, String chatId, String thread) {

    public static Destination chat(String channel, String chatId) {
        return new Destination(channel, chatId, null);
    }
}
