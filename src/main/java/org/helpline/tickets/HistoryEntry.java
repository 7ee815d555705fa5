package org.helpline.tickets;

import java.time.Instant;

/**
 * One thing that happened to a ticket: {@code event} says what (opened, taken, client_message, reply, escalated,
 * resolved, reopened, closed…), {@code actor} who (the client, an engineer's name, or the system), {@code detail}
 * the words or reason that came with it.
 */
public record HistoryEntry(Instant at, String event, String actor, String detail) {
}
