package org.helpline.tickets;

import java.time.Duration;
import java.util.Arrays;
import java.util.Optional;

/**
 * How urgent a ticket is, and so how soon support must respond and resolve. The times here are the regulations'
 * defaults, in working time; {@link SlaSettings} may configure others.
 */
public enum Priority {

    /** Business has stopped; respond within 1 working hour, resolve within 4. */
    CRITICAL(5, Duration.ofHours(1), Duration.ofHours(4)),
    /** Business is seriously hindered; respond within 2 working hours, resolve within 8. */
    URGENT(4, Duration.ofHours(2), Duration.ofHours(8)),
    /** A usual request; respond within one working day (8 h), resolve within three (24 h). */
    NORMAL(2, Duration.ofHours(8), Duration.ofHours(24)),
    /** Not urgent and not affecting business; respond within three working days (24 h), resolve within nine. */
    LOW(1, Duration.ofHours(24), Duration.ofHours(72));

    private final int level;
    private final Duration responseTime;
    private final Duration resolveTime;

    Priority(int level, Duration responseTime, Duration resolveTime) {
        this.level = level;
        this.responseTime = responseTime;
        this.resolveTime = resolveTime;
    }

    /** The default working time within which support must respond. */
    public Duration responseTime() {
        return responseTime;
    }

    /** The default working time within which support must resolve. */
    public Duration resolveTime() {
        return resolveTime;
    }

    /**
     * The regulations' urgency scale, 1 (does not affect the client's business) to 5 (business stopped,
     * solve at once).
     */
    public int level() {
        return level;
    }

    /** The priority named {@code critical}, {@code urgent}, {@code normal} or {@code low}, in any case. */
    public static Optional<Priority> parse(String name) {
        return Arrays.stream(values()).filter(priority -> priority.name().equalsIgnoreCase(name.strip())).findFirst();
    }
}
