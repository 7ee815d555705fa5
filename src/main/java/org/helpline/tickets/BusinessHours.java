package org.helpline.tickets;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.Objects;

import org.springframework.stereotype.Component;

/**
 * The business-hours clock: how working time ({@link BusinessHoursSettings}) maps onto real time, so a
 * ticket's response due time can be told to the client.
 *
 * <p>A working day is a date in the settings' zone that is one of the {@code workdays} and not one of the
 * {@code holidays}; on it support is open in the half-open interval {@code [opens, closes)}. Working time
 * is measured in real elapsed time between those instants, so a zone with daylight-saving time is handled
 * correctly (Moscow has none).
 *
 * <p>Thread-safe and immutable.
 */
@Component
public class BusinessHours {

    private final BusinessHoursSettings settings;

    public BusinessHours(BusinessHoursSettings settings) {
        this.settings = Objects.requireNonNull(settings, "settings");
    }

    /**
     * The instant when {@code businessTime} of working time has elapsed after {@code from}. Time outside
     * hours doesn't count.
     *
     * <p>Precisely: counting starts at the first instant at or after {@code from} when support
     * {@linkplain #isOpen(Instant) is open} (so a request that arrives in the evening, on a weekend, on a
     * holiday or at exactly closing time starts counting at the next opening), pauses at each closing and
     * resumes at the next working day's opening. The result is the <em>earliest</em> instant at which
     * {@code businessTime} has been counted. Consequently:
     * <ul>
     *   <li>{@code Duration.ZERO} returns {@code from} itself when support is open, otherwise the next opening;</li>
     *   <li>a due time that lands exactly at closing <strong>stays at closing</strong>: Wednesday 09:00 plus
     *       8 h of a 10:00–18:00 day is Wednesday 18:00, not Thursday 10:00 — the work was done by then;</li>
     *   <li>Friday 17:30 plus 1 h is Monday 10:30; 24 h of a default day is three working days.</li>
     * </ul>
     *
     * @param from         when counting may start, e.g. when the ticket was opened
     * @param businessTime working time to count; not negative
     * @return the due instant, never before {@code from}
     * @throws IllegalArgumentException if {@code businessTime} is negative
     */
    public Instant addWorkingTime(Instant from, Duration businessTime) {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(businessTime, "businessTime");
        if (businessTime.isNegative()) {
            throw new IllegalArgumentException("businessTime must not be negative: " + businessTime);
        }
        Duration remaining = businessTime;
        Instant cursor = from;
        LocalDate day = from.atZone(settings.zone()).toLocalDate();
        while (true) {
            if (isWorkingDay(day)) {
                Instant opening = opening(day);
                Instant closing = closing(day);
                Instant start = cursor.isBefore(opening) ? opening : cursor;
                if (start.isBefore(closing)) {
                    Duration available = Duration.between(start, closing);
                    if (remaining.compareTo(available) <= 0) {
                        return start.plus(remaining);
                    }
                    remaining = remaining.minus(available);
                }
            }
            day = day.plusDays(1);
        }
    }

    /**
     * Whether support is working at that instant: on a working day, from opening (inclusive) to closing
     * (exclusive).
     */
    public boolean isOpen(Instant at) {
        Objects.requireNonNull(at, "at");
        LocalDate day = at.atZone(settings.zone()).toLocalDate();
        return isWorkingDay(day) && !at.isBefore(opening(day)) && at.isBefore(closing(day));
    }

    private boolean isWorkingDay(LocalDate day) {
        return settings.workdays().contains(day.getDayOfWeek()) && !settings.holidays().contains(day);
    }

    private Instant opening(LocalDate day) {
        return ZonedDateTime.of(day, settings.opens(), settings.zone()).toInstant();
    }

    private Instant closing(LocalDate day) {
        return ZonedDateTime.of(day, settings.closes(), settings.zone()).toInstant();
    }
}
