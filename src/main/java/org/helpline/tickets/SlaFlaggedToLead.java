package org.helpline.tickets;

import java.time.Instant;

/** An SLA target was missed on a ticket already at L3, so there is no tier left: it is the lead's now. */
public record SlaFlaggedToLead(Ticket ticket, SlaTarget target, Instant due) implements TicketEvent {

    /** How the ticket's history tells it. */
    static String summary(SlaTarget target, Instant due) {
        return target.description() + " was due at " + due + "; already at L3";
    }
}
