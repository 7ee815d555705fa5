package org.helpline.tickets;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where a ticket is in its life: opened by the intake ({@code NEW}), taken by an engineer ({@code IN_PROGRESS}),
 * waiting for the client's answer to an engineer's question ({@code WAITING_FOR_CLIENT}), resolved by an engineer
 * while the client is asked ({@code RESOLVED}), confirmed by the client ({@code CLOSED}), or not solved after all
 * ({@code REOPENED}). The SLA clock runs in {@code NEW}, {@code IN_PROGRESS} and {@code REOPENED} and is paused
 * in {@code WAITING_FOR_CLIENT} and {@code RESOLVED}.
 */
public enum TicketStatus {
    NEW, IN_PROGRESS, WAITING_FOR_CLIENT, RESOLVED, REOPENED, CLOSED;

    private static final Set<TicketStatus> PAUSED = EnumSet.of(WAITING_FOR_CLIENT, RESOLVED);
    private static final Set<TicketStatus> WORKABLE = EnumSet.of(NEW, IN_PROGRESS, REOPENED, WAITING_FOR_CLIENT);

    /** Whether the SLA clock runs in this status: a due time means something to the client. */
    public boolean clockRuns() {
        return this == NEW || this == IN_PROGRESS || this == REOPENED;
    }

    /** Whether the SLA clock stands still in this status. */
    public boolean pausesClock() {
        return PAUSED.contains(this);
    }

    /** Whether engineers may still reply, escalate or resolve: the clock runs, or the client is being waited for. */
    public boolean engineersMayAct() {
        return WORKABLE.contains(this);
    }

    /** The statuses engineers may act in, for the tickets' conditional updates. */
    static Set<TicketStatus> workable() {
        return WORKABLE;
    }
}
