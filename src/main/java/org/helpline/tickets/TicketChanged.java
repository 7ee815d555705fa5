package org.helpline.tickets;

/**
 * Something happened to a ticket after it was opened: {@code change} is the history entry written for it
 * (taken, reply, escalated, resolved, reopened, closed, client_message, client_file, note), {@code ticket} the ticket after it.
 */
public record TicketChanged(Ticket ticket, HistoryEntry change) {
}
