package org.helpline.tickets;

/**
 * Something happened to a ticket after it was opened: {@code change} is the history entry written for it
 * (taken, reply, waiting_for_client, waiting_ended, escalated, priority_changed, resolved, reopened,
 * closed, client_message, client_file, note; one change may write two, published in order), {@code ticket} the ticket after it.
 */
public record TicketChanged(Ticket ticket, HistoryEntry change) {
}
