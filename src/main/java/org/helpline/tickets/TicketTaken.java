package org.helpline.tickets;

/** An engineer took the ticket (or took it over from another). */
public record TicketTaken(Ticket ticket, String engineer) implements TicketEvent {
}
