package org.helpline.tickets;

/**
 * A ticket waiting for the client is in progress again and its clock runs: {@code by} is {@code client} when they
 * wrote, or the engineer who answered without asking.
 */
public record TicketWaitingEnded(Ticket ticket, String by) implements TicketEvent {
}
