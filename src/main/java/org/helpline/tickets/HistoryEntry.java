package org.helpline.tickets;

import java.time.Instant;

import com.fasterxml.jackson.annotation.JsonIgnore;

/**
 * One thing that happened to a ticket: {@code event} says what (consent, opened, taken, reply, waiting_for_client,
 * waiting_ended, client_message, client_file, note, escalated, priority_changed, sla_warning, sla_flagged_to_lead,
 * resolved, reopened, closed, rated, rating_comment), {@code actor} who (the client, an engineer's name, or the system), {@code detail}
 * the words or reason that came with it. Entries are only ever appended. {@code id} names its {@link TicketEvent}'s
 * delivery; entries written before events were delivered durably have none.
 */
public record HistoryEntry(Instant at, String event, String actor, String detail, @JsonIgnore String id) {

    public HistoryEntry(Instant at, String event, String actor, String detail) {
        this(at, event, actor, detail, null);
    }
}
