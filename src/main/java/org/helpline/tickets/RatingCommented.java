package org.helpline.tickets;

/** The client added a comment to their rating. */
public record RatingCommented(Ticket ticket, String comment) implements TicketEvent {
}
