package org.helpline.tickets;

/** An engineer answered the client. */
public record TicketAnswered(Ticket ticket, String engineer, String text) implements TicketEvent {
}
