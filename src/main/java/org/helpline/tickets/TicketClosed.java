package org.helpline.tickets;

/** The client confirmed the problem is solved. */
public record TicketClosed(Ticket ticket) implements TicketEvent {
}
