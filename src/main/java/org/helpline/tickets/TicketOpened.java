package org.helpline.tickets;

/** A ticket was opened by an intake (once, not when a retried intake gets its existing ticket). */
public record TicketOpened(Ticket ticket) implements TicketEvent {
}
