package org.helpline.tickets;

/**
 * The ticket is closed: the client confirmed the problem is solved ({@code actor} "client"), or left the resolution
 * unanswered for too long ("system").
 */
public record TicketClosed(Ticket ticket, String actor) implements TicketEvent {

    public boolean automatic() {
        return !"client".equals(actor);
    }
}
