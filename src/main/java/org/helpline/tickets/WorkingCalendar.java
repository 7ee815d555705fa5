package org.helpline.tickets;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.attribute.FileTime;
import java.time.Clock;
import java.time.Instant;
import java.util.Objects;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The business calendar in force: the configured week with the days off in the editors' holidays file. The file
 * is read at start-up, where a mistake stops the app with a message naming the line; while the app runs it is
 * looked at again at most every {@code holidaysRecheck}, when the calendar is next needed, and an edit is picked
 * up. A mistake made while running is logged and the last good days off stay in force.
 */
@Component
class WorkingCalendar {

    private static final Logger log = LoggerFactory.getLogger(WorkingCalendar.class);

    private final BusinessHoursSettings settings;
    private final Clock clock;
    private volatile Loaded loaded;

    private record Loaded(BusinessHours hours, FileTime modified, Instant checkedAt) {
    }

    WorkingCalendar(BusinessHoursSettings settings, Clock clock) {
        this.settings = Objects.requireNonNull(settings, "settings");
        this.clock = clock;
        this.loaded = new Loaded(new BusinessHours(settings, HolidaysFile.read(settings.holidaysFile())),
                modified(), clock.instant());
    }

    BusinessHours current() {
        Loaded last = loaded;
        Instant now = clock.instant();
        if (now.isBefore(last.checkedAt().plus(settings.holidaysRecheck()))) {
            return last.hours();
        }
        FileTime modified = modified();
        BusinessHours hours = last.hours();
        if (!Objects.equals(modified, last.modified())) {
            try {
                hours = new BusinessHours(settings, HolidaysFile.read(settings.holidaysFile()));
                log.info("Holidays file {} re-read", settings.holidaysFile());
            } catch (RuntimeException broken) {
                log.error("{}; the days off read before stay in force", broken.getMessage());
            }
        }
        loaded = new Loaded(hours, modified, now);
        return hours;
    }

    private FileTime modified() {
        try {
            return Files.getLastModifiedTime(settings.holidaysFile());
        } catch (IOException gone) {
            return null;
        }
    }
}
