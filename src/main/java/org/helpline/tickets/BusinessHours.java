package org.helpline.tickets;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * The business calendar: how working time maps onto real time, so a ticket's due times can be computed and
 * told. A working day is a date in the settings' zone that is one of the {@code workdays} and not a holiday; on
 * it support works in each of the day's {@linkplain WorkingPeriod periods}, {@code [opens, closes)}. Working
 * time is measured in real elapsed time between those instants, so a zone with daylight-saving time is handled
 * correctly (Moscow has none).
 *
 * <p>Pure, immutable and thread-safe: no clock, no I/O. {@link WorkingCalendar} builds the current one.
 */
public final class BusinessHours {

    private final ZoneId zone;
    private final Set<DayOfWeek> workdays;
    private final List<WorkingPeriod> periods;
    private final Set<LocalDate> holidays;

    /** The settings' week with the given days off (and the settings' own {@code holidays}). */
    public BusinessHours(BusinessHoursSettings settings, Set<LocalDate> holidays) {
        Objects.requireNonNull(settings, "settings");
        this.zone = settings.zone();
        this.workdays = settings.workdays();
        this.periods = settings.periods();
        Set<LocalDate> all = new HashSet<>(settings.holidays());
        all.addAll(holidays);
        this.holidays = Set.copyOf(all);
    }

    public ZoneId zone() {
        return zone;
    }

    /** {@link #addWorkingTime(Instant, Duration, List)} with no pauses. */
    public Instant addWorkingTime(Instant from, Duration businessTime) {
        return addWorkingTime(from, businessTime, List.of());
    }

    /**
     * The instant when {@code businessTime} of working time has elapsed after {@code from}, not counting time
     * outside working periods nor inside {@code pauses}.
     *
     * <p>Precisely: counting starts at the first instant at or after {@code from} when support is working and
     * the clock is not paused (so a request that arrives in the evening, on a weekend, on a holiday, at lunch or
     * at exactly closing time starts counting at the next opening), stops at each closing and during each pause,
     * and resumes after. The result is the <em>earliest</em> instant at which {@code businessTime} has been
     * counted. Consequently:
     * <ul>
     *   <li>{@code Duration.ZERO} returns {@code from} itself when support is working, otherwise the next opening;</li>
     *   <li>a due time that lands exactly at closing <strong>stays at closing</strong>: Wednesday 09:00 plus
     *       8 h of a 10:00–18:00 day is Wednesday 18:00, not Thursday 10:00 — the work was done by then;</li>
     *   <li>Friday 17:30 plus 1 h is Monday 10:30; 24 h of a default day is three working days;</li>
     *   <li>a pause moves the result out by exactly the working time inside it; pauses may overlap or lie
     *       outside working time (then they change nothing).</li>
     * </ul>
     *
     * @param from         when counting may start, e.g. when the ticket was opened
     * @param businessTime working time to count; not negative
     * @param pauses       stretches of real time that do not count, in any order
     * @return the due instant, never before {@code from}
     * @throws IllegalArgumentException if {@code businessTime} is negative
     */
    public Instant addWorkingTime(Instant from, Duration businessTime, List<SlaPause> pauses) {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(businessTime, "businessTime");
        if (businessTime.isNegative()) {
            throw new IllegalArgumentException("businessTime must not be negative: " + businessTime);
        }
        List<SlaPause> sorted = pauses.stream().sorted(Comparator.comparing(SlaPause::from)).toList();
        Duration remaining = businessTime;
        for (LocalDate day = from.atZone(zone).toLocalDate(); ; day = day.plusDays(1)) {
            if (!isWorkingDay(day)) {
                continue;
            }
            for (WorkingPeriod period : periods) {
                Instant opening = ZonedDateTime.of(day, period.opens(), zone).toInstant();
                Instant closing = ZonedDateTime.of(day, period.closes(), zone).toInstant();
                Instant cursor = opening.isBefore(from) ? from : opening;
                for (SlaPause pause : sorted) {
                    if (!cursor.isBefore(closing)) {
                        break;
                    }
                    if (!pause.until().isAfter(cursor) || !pause.from().isBefore(closing)) {
                        continue;
                    }
                    if (pause.from().isAfter(cursor)) {
                        Duration available = Duration.between(cursor, pause.from());
                        if (remaining.compareTo(available) <= 0) {
                            return cursor.plus(remaining);
                        }
                        remaining = remaining.minus(available);
                    }
                    cursor = pause.until();
                }
                if (cursor.isBefore(closing)) {
                    Duration available = Duration.between(cursor, closing);
                    if (remaining.compareTo(available) <= 0) {
                        return cursor.plus(remaining);
                    }
                    remaining = remaining.minus(available);
                }
            }
        }
    }

    /**
     * The working time between {@code from} and {@code until}, not counting time inside {@code pauses}: what the
     * SLA clock counted in that stretch. The inverse of {@link #addWorkingTime(Instant, Duration, List)}: for a due
     * time computed from {@code from} with the same pauses, it gives back the business time added.
     *
     * @return zero when {@code until} is not after {@code from}
     */
    public Duration workingTimeBetween(Instant from, Instant until, List<SlaPause> pauses) {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(until, "until");
        Duration total = Duration.ZERO;
        LocalDate last = until.atZone(zone).toLocalDate();
        for (LocalDate day = from.atZone(zone).toLocalDate(); !day.isAfter(last); day = day.plusDays(1)) {
            if (!isWorkingDay(day)) {
                continue;
            }
            for (WorkingPeriod period : periods) {
                Instant start = latest(from, ZonedDateTime.of(day, period.opens(), zone).toInstant());
                Instant end = earliest(until, ZonedDateTime.of(day, period.closes(), zone).toInstant());
                if (start.isBefore(end)) {
                    total = total.plus(Duration.between(start, end)).minus(pausedWithin(start, end, pauses));
                }
            }
        }
        return total;
    }

    /** The real time inside {@code [start, end)} that some pause covers, overlapping pauses counted once. */
    private static Duration pausedWithin(Instant start, Instant end, List<SlaPause> pauses) {
        Duration paused = Duration.ZERO;
        Instant covered = start;
        for (SlaPause pause : pauses.stream().sorted(Comparator.comparing(SlaPause::from)).toList()) {
            Instant pauseStart = latest(covered, pause.from());
            Instant pauseEnd = earliest(end, pause.until());
            if (pauseStart.isBefore(pauseEnd)) {
                paused = paused.plus(Duration.between(pauseStart, pauseEnd));
                covered = pauseEnd;
            }
        }
        return paused;
    }

    private static Instant latest(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }

    private static Instant earliest(Instant a, Instant b) {
        return a.isBefore(b) ? a : b;
    }

    private boolean isWorkingDay(LocalDate day) {
        return workdays.contains(day.getDayOfWeek()) && !holidays.contains(day);
    }
}
