package org.helpline.reports;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.Map;

/**
 * The stretch of time a report covers, {@code [from, to)}. Given as dates, it is whole calendar days in the
 * business calendar's zone, both ends included ({@code from=2026-12-01&to=2026-12-31} is December in Moscow);
 * given as instants with an offset ({@code 2026-12-01T10:00:00+03:00}), exactly that stretch, {@code to} excluded.
 */
record ReportPeriod(Instant from, Instant to) {

    boolean contains(Instant instant) {
        return instant != null && !instant.isBefore(from) && instant.isBefore(to);
    }

    static ReportPeriod parse(String from, String to, ZoneId zone) {
        if (blank(from) || blank(to)) {
            throw new BadPeriodException("report_period_missing", Map.of());
        }
        Instant start = instant("from", from.strip(), zone, false);
        Instant end = instant("to", to.strip(), zone, true);
        if (!start.isBefore(end)) {
            throw new BadPeriodException("report_period_reversed", Map.of("from", from.strip(), "to", to.strip()));
        }
        return new ReportPeriod(start, end);
    }

    /** A date's start, or with {@code endOfDay} the start of the next day (the date is included). */
    private static Instant instant(String parameter, String value, ZoneId zone, boolean endOfDay) {
        try {
            LocalDate date = LocalDate.parse(value);
            return (endOfDay ? date.plusDays(1) : date).atStartOfDay(zone).toInstant();
        } catch (DateTimeParseException notADate) {
            try {
                return OffsetDateTime.parse(value).toInstant();
            } catch (DateTimeParseException notAnInstant) {
                throw new BadPeriodException("report_period_malformed", Map.of("parameter", parameter, "value", value));
            }
        }
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
