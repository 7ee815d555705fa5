package org.helpline.tickets;

import java.time.Instant;

/**
 * One thing that happened to a ticket: {@code event} says what (consent, opened, taken, reply, waiting_for_client,
 * waiting_ended, client_message, client_file, note, escalated, priority_changed, resolved, reopened, closed),
 * {@code actor} who (the client, an engineer's name, or the system), {@code detail} the words or reason that came
 * with it. Entries are only ever appended.
 */
public record HistoryEntry(Instant at, String event, String actor, String detail) {
}
