package org.helpline.tickets;

/** An engineer's internal note: for the engineers, never for the client. */
public record NoteAdded(Ticket ticket, String engineer, String text) implements TicketEvent {
}
