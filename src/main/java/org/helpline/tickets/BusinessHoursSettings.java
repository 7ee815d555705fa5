package org.helpline.tickets;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.Set;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * When support works, as {@code helpline.business-hours.*}. Every component is optional; the defaults are
 * the regulations' usual "10:00 to 18:00 on weekdays, Moscow time" with no holidays.
 *
 * @param zone     the time zone the hours are read in (default {@code Europe/Moscow})
 * @param opens    local time support opens on a working day, inclusive (default 10:00)
 * @param closes   local time support closes, exclusive: at exactly this time the day is over (default 18:00);
 *                 must be after {@code opens}, so a working day never spans midnight
 * @param workdays days of the week support works (default Monday to Friday); must not be empty
 * @param holidays dates in {@code zone} on which support does not work even if they are workdays (default none)
 */
@ConfigurationProperties("helpline.business-hours")
public record BusinessHoursSettings(ZoneId zone, LocalTime opens, LocalTime closes,
                                    Set<DayOfWeek> workdays, Set<LocalDate> holidays) {

    public BusinessHoursSettings {
        zone = zone == null ? ZoneId.of("Europe/Moscow") : zone;
        opens = opens == null ? LocalTime.of(10, 0) : opens;
        closes = closes == null ? LocalTime.of(18, 0) : closes;
        workdays = workdays == null ? EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY) : workdays;
        holidays = holidays == null ? Set.of() : holidays;
        if (!closes.isAfter(opens)) {
            throw new IllegalArgumentException(
                    "helpline.business-hours.closes (" + closes + ") must be after opens (" + opens + ")");
        }
        if (workdays.isEmpty()) {
            throw new IllegalArgumentException("helpline.business-hours.workdays must name at least one day");
        }
        workdays = Set.copyOf(workdays);
        holidays = Set.copyOf(holidays);
    }

    /** The defaults: 10:00–18:00 Moscow time, Monday to Friday, no holidays. */
    public static BusinessHoursSettings defaults() {
        return new BusinessHoursSettings(null, null, null, null, null);
    }
}
