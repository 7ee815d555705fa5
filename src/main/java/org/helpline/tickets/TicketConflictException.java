package org.helpline.tickets;

/** An action the ticket's state does not allow (resolving a closed ticket, escalating past L3). */
public class TicketConflictException extends RuntimeException {

    private final String number;
    private final String action;
    private final TicketStatus status;
    private final Tier tier;

    public TicketConflictException(String number, String action, TicketStatus status, Tier tier) {
        super("Ticket " + number + " cannot be " + action + " while " + status + " at " + tier);
        this.number = number;
        this.action = action;
        this.status = status;
        this.tier = tier;
    }

    public String number() {
        return number;
    }

    /** What was refused, as its history entry is named ({@code escalated}, {@code released}…). */
    public String action() {
        return action;
    }

    public TicketStatus status() {
        return status;
    }

    public Tier tier() {
        return tier;
    }
}
