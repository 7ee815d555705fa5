package org.helpline.console;

import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;

import org.helpline.tickets.Priority;
import org.helpline.tickets.Ticket;
import org.helpline.tickets.TicketStatus;
import org.helpline.tickets.Tier;

/**
 * One line of the queue. {@code dueAt} is the target the ticket is working towards: the first response until
 * there is one, then the resolution. {@code secondsLeft} is counted to it from now, or from when the clock
 * stopped while it stands still ({@code paused}); below zero the target is {@code breached}.
 */
record QueueItem(String number, TicketStatus status, Priority priority, Tier tier, String assignee, String client,
                 String summary, Instant createdAt, String target, Instant dueAt, long secondsLeft, boolean breached,
                 boolean paused) {

    private static final int SUMMARY_LENGTH = 140;

    /** Running clocks first, the least time left on top; tickets waiting for the client after them. */
    static final Comparator<QueueItem> MOST_URGENT_FIRST = Comparator.comparing(QueueItem::paused)
            .thenComparingLong(QueueItem::secondsLeft).thenComparing(QueueItem::number);

    static QueueItem of(Ticket ticket, Instant now) {
        boolean responding = ticket.firstResponseAt() == null;
        Instant due = responding ? ticket.responseDueAt() : ticket.resolveDueAt();
        Instant clock = ticket.pausedSince() != null ? ticket.pausedSince() : now;
        long left = Duration.between(clock, due).toSeconds();
        String description = ticket.description() == null ? "" : ticket.description().strip();
        String summary = description.length() <= SUMMARY_LENGTH ? description : description.substring(0, SUMMARY_LENGTH - 1) + "…";
        return new QueueItem(ticket.number(), ticket.status(), ticket.priority(), ticket.tier(), ticket.assignee(),
                ticket.client() == null ? null : ticket.client().name(), summary, ticket.createdAt(),
                responding ? "response" : "resolve", due, left, left < 0, ticket.pausedSince() != null);
    }
}
