package org.helpline.tickets;

/** An engineer's reply asked the client something: the ticket waits for them and its SLA clock stands still. */
public record TicketWaitingForClient(Ticket ticket, String engineer) implements TicketEvent {
}
