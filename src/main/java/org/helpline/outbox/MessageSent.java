package org.helpline.outbox;

/** A message queued with a {@code correlation} key reached its channel, which gave it the id {@code messageId}. */
public record MessageSent(String correlation, Destination to, String messageId) {
}
