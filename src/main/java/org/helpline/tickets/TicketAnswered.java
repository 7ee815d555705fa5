package org.helpline.tickets;

/**
 * An engineer answered the client; with {@code question} the answer asks something and the ticket waits for the
 * client ({@link TicketWaitingForClient} follows).
 */
public record TicketAnswered(Ticket ticket, String engineer, String text, boolean question) implements TicketEvent {
}
