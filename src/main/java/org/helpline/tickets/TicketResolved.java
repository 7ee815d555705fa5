package org.helpline.tickets;

/** An engineer resolved the ticket, with an optional comment for the client; the client is asked to confirm. */
public record TicketResolved(Ticket ticket, String engineer, String comment) implements TicketEvent {
}
