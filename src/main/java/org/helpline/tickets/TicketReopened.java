package org.helpline.tickets;

/** The client said the problem is not solved after all, or reopened the closed ticket. */
public record TicketReopened(Ticket ticket) implements TicketEvent {
}
