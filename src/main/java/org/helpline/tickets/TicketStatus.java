package org.helpline.tickets;

/** Where a ticket is in its life: opened by the intake, taken by an engineer, resolved, reopened by the client. */
public enum TicketStatus {
    NEW, IN_PROGRESS, RESOLVED, REOPENED, CLOSED
}
