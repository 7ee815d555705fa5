package org.helpline.conversation;

/**
 * One message from a client on a channel. {@code externalId} (the channel's message or update id, or the
 * web client's {@code clientMessageId}) makes a redelivery have one effect; it may be null.
 */
public record Inbound(String channel, String chatId, String externalId, Input input) {
}
