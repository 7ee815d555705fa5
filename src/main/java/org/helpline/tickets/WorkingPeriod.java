package org.helpline.tickets;

import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.Objects;

/**
 * One stretch of a working day, from {@code opens} (inclusive) to {@code closes} (exclusive), in local time; a
 * day with a lunch break has two. Written in configuration as {@code 10:00-13:00}.
 */
public record WorkingPeriod(LocalTime opens, LocalTime closes) {

    public WorkingPeriod {
        Objects.requireNonNull(opens, "opens");
        Objects.requireNonNull(closes, "closes");
        if (!closes.isAfter(opens)) {
            throw new IllegalArgumentException(
                    "a working period closes (" + closes + ") must be after it opens (" + opens + "); it cannot span midnight");
        }
    }

    /** Reads {@code HH:MM-HH:MM}; the name lets Spring's configuration binding convert a string with it. */
    public static WorkingPeriod of(String text) {
        String[] ends = text.strip().split("\\s*-\\s*");
        try {
            if (ends.length == 2) {
                return new WorkingPeriod(LocalTime.parse(ends[0]), LocalTime.parse(ends[1]));
            }
        } catch (DateTimeParseException notATime) {
            // Reported below with the expected shape.
        }
        throw new IllegalArgumentException("\"" + text + "\" is not a working period; write it as HH:MM-HH:MM, e.g. 10:00-13:00");
    }

    @Override
    public String toString() {
        return opens + "-" + closes;
    }
}
