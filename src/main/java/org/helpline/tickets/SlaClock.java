package org.helpline.tickets;

import java.time.Duration;
import java.time.Instant;

import org.springframework.stereotype.Component;

/**
 * Reads a ticket's SLA clock: how much business time it counted from the ticket's creation up to an instant, on
 * the business calendar in force, leaving out every pause (waiting for the client, resolved). A first response
 * or a resolution is measured with it against the targets, which are counted the same way.
 */
@Component
public class SlaClock {

    private final WorkingCalendar calendar;

    SlaClock(WorkingCalendar calendar) {
        this.calendar = calendar;
    }

    /** The business time {@code ticket}'s clock counted from creation to {@code until}. */
    public Duration countedUntil(Ticket ticket, Instant until) {
        return calendar.current().workingTimeBetween(ticket.createdAt(), until, ticket.pausesUntil(until));
    }
}
