package org.helpline.tickets;

import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * When support works, as {@code helpline.business-hours.*}. Every component is optional; the defaults are
 * the regulations' usual "10:00 to 18:00 on weekdays, Moscow time", with the days off editors list in the
 * holidays file.
 *
 * @param zone           the time zone the hours are read in (default {@code Europe/Moscow})
 * @param opens          local time support opens on a working day, inclusive (default 10:00)
 * @param closes         local time support closes, exclusive: at exactly this time the day is over (default 18:00);
 *                       must be after {@code opens}, so a working day never spans midnight
 * @param periods        the working periods of each working day when there is more than one, e.g.
 *                       {@code 10:00-13:00,14:00-18:00} for a lunch break; they replace {@code opens}–{@code closes},
 *                       which then read as the first opening and the last closing. Must not overlap
 * @param workdays       days of the week support works (default Monday to Friday); must not be empty
 * @param holidays       dates in {@code zone} on which support does not work even if they are workdays, in
 *                       addition to the holidays file (default none)
 * @param holidaysFile   the editors' file of days off, one date a line (default {@code calendar/holidays.txt})
 * @param holidaysRecheck how often the holidays file is looked at for edits while the app runs (default 1 minute)
 */
@ConfigurationProperties("helpline.business-hours")
public record BusinessHoursSettings(ZoneId zone, LocalTime opens, LocalTime closes, List<WorkingPeriod> periods,
                                    Set<DayOfWeek> workdays, Set<LocalDate> holidays, Path holidaysFile,
                                    Duration holidaysRecheck) {

    public BusinessHoursSettings {
        zone = zone == null ? ZoneId.of("Europe/Moscow") : zone;
        if (periods == null || periods.isEmpty()) {
            opens = opens == null ? LocalTime.of(10, 0) : opens;
            closes = closes == null ? LocalTime.of(18, 0) : closes;
            if (!closes.isAfter(opens)) {
                throw new IllegalArgumentException(
                        "helpline.business-hours.closes (" + closes + ") must be after opens (" + opens + ")");
            }
            periods = List.of(new WorkingPeriod(opens, closes));
        } else {
            periods = periods.stream().sorted(Comparator.comparing(WorkingPeriod::opens)).toList();
            for (int i = 1; i < periods.size(); i++) {
                if (periods.get(i).opens().isBefore(periods.get(i - 1).closes())) {
                    throw new IllegalArgumentException("helpline.business-hours.periods overlap: "
                            + periods.get(i - 1) + " and " + periods.get(i));
                }
            }
            opens = periods.getFirst().opens();
            closes = periods.getLast().closes();
        }
        workdays = workdays == null ? EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY) : workdays;
        if (workdays.isEmpty()) {
            throw new IllegalArgumentException("helpline.business-hours.workdays must name at least one day");
        }
        workdays = Set.copyOf(workdays);
        holidays = holidays == null ? Set.of() : Set.copyOf(holidays);
        holidaysFile = holidaysFile == null ? Path.of("calendar", "holidays.txt") : holidaysFile;
        holidaysRecheck = holidaysRecheck == null || !holidaysRecheck.isPositive() ? Duration.ofMinutes(1) : holidaysRecheck;
    }

    /** The defaults: 10:00–18:00 Moscow time, Monday to Friday, no holidays beyond the file's. */
    public static BusinessHoursSettings defaults() {
        return new BusinessHoursSettings(null, null, null, null, null, null, null, null);
    }
}
