package org.helpline.tickets;

/** The engineer gave the ticket back to the queue: nobody holds it until someone takes it. */
public record TicketReleased(Ticket ticket, String engineer) implements TicketEvent {
}
