package org.helpline.tickets;

import java.time.Instant;

/** Most of an SLA target's business time has passed ({@code helpline.sla.warn-at-percent}): it is due at {@code due}. */
public record SlaWarned(Ticket ticket, SlaTarget target, Instant due) implements TicketEvent {

    /** How the ticket's history tells it. */
    static String summary(SlaTarget target, Instant due) {
        return target.description() + " is due at " + due;
    }
}
