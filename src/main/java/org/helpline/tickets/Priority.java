package org.helpline.tickets;

import java.time.Duration;

/**
 * How urgent a ticket is, and so how soon support must respond. Response times are working time, to be
 * counted with {@link BusinessHours#addWorkingTime}.
 */
public enum Priority {

    /** Business has stopped; respond within 1 working hour. */
    CRITICAL(5, Duration.ofHours(1)),
    /** Business is seriously hindered; respond within 2 working hours. */
    URGENT(4, Duration.ofHours(2)),
    /** A usual request; respond within one working day (8 h). */
    NORMAL(2, Duration.ofHours(8)),
    /** Not urgent and not affecting business; respond within three working days (24 h). */
    LOW(1, Duration.ofHours(24));

    private final int level;
    private final Duration responseTime;

    Priority(int level, Duration responseTime) {
        this.level = level;
        this.responseTime = responseTime;
    }

    /** The working time within which support must respond. */
    public Duration responseTime() {
        return responseTime;
    }

    /**
     * The regulations' urgency scale, 1 (does not affect the client's business) to 5 (business stopped,
     * solve at once).
     */
    public int level() {
        return level;
    }
}
