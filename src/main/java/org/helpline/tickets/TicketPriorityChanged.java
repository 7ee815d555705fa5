package org.helpline.tickets;

/** Staff set another priority, {@code from} → {@code to}, for {@code reason}; the due times follow it. */
public record TicketPriorityChanged(Ticket ticket, String engineer, Priority from, Priority to, String reason)
        implements TicketEvent {

    /** How the ticket's history tells it: {@code NORMAL → CRITICAL: reason}. */
    static String summary(Priority from, Priority to, String reason) {
        return from + " → " + to + ": " + reason;
    }
}
