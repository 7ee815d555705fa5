package org.helpline.tickets;

/**
 * The ticket moved one support line up, {@code from} → {@code to}, for {@code reason}: by an engineer, or by
 * {@code system} when an SLA target was missed.
 */
public record TicketEscalated(Ticket ticket, String engineer, Tier from, Tier to, String reason) implements TicketEvent {

    /** How the ticket's history tells it: {@code L1 → L2: reason}. */
    public static String summary(Tier from, Tier to, String reason) {
        return from + " → " + to + ": " + reason;
    }

    public String summary() {
        return summary(from, to, reason);
    }
}
