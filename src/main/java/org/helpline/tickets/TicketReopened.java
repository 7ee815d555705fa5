package org.helpline.tickets;

/** The client said the problem is not solved after all. */
public record TicketReopened(Ticket ticket) implements TicketEvent {
}
