package org.helpline.tickets;

/** The client rated the closed ticket's handling, 1 (bad) to 5 (excellent). */
public record TicketRated(Ticket ticket, int score) implements TicketEvent {
}
