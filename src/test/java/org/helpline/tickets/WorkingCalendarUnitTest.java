package org.helpline.tickets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.helpline.tickets.BusinessHoursUnitTest.msk;
import static org.helpline.tickets.BusinessHoursUnitTest.working;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import org.helpline.testing.ShiftedClock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WorkingCalendarUnitTest {

    private static final Instant MAY_DAY = msk("2027-05-03T12:00");

    @Test
    void anEditOfTheHolidaysFileIsPickedUpAfterTheRecheckInterval(@TempDir Path dir) throws IOException {
        Path file = Files.writeString(dir.resolve("holidays.txt"), "# none yet\n");
        WorkingCalendar calendar = reading(file);
        assertThat(working(calendar.current(), MAY_DAY)).isTrue();

        edit(file, "2027-05-03  # перенос\n");
        assertThat(working(calendar.current(), MAY_DAY)).as("not looked at again yet").isTrue();
        clock.advance(Duration.ofMinutes(2));
        assertThat(working(calendar.current(), MAY_DAY)).isFalse();
    }

    @Test
    void aMistakeWhileRunningKeepsTheLastGoodDaysOff(@TempDir Path dir) throws IOException {
        Path file = Files.writeString(dir.resolve("holidays.txt"), "2027-05-03\n");
        WorkingCalendar calendar = reading(file);

        edit(file, "2027-05-03\nthird of May\n");
        clock.advance(Duration.ofMinutes(2));
        assertThat(working(calendar.current(), MAY_DAY)).isFalse();
    }

    @Test
    void aMistakeAtStartUpStopsIt(@TempDir Path dir) throws IOException {
        Path file = Files.writeString(dir.resolve("holidays.txt"), "2027-05-03\n2027-05-1O\n");
        assertThatIllegalStateException().isThrownBy(() -> new WorkingCalendar(settings(file), Clock.systemUTC()))
                .withMessageContaining("line 2");
    }

    private final ShiftedClock clock = new ShiftedClock();

    private WorkingCalendar reading(Path file) {
        clock.set(Instant.parse("2027-04-01T09:00:00Z"));
        return new WorkingCalendar(settings(file), clock);
    }

    private static void edit(Path file, String text) throws IOException {
        FileTime before = Files.getLastModifiedTime(file);
        Files.writeString(file, text);
        // A coarse file-system clock could leave the time unchanged within the same tick.
        Files.setLastModifiedTime(file, FileTime.from(before.toInstant().plusSeconds(5)));
    }

    private static BusinessHoursSettings settings(Path file) {
        return new BusinessHoursSettings(null, null, null, null, null, null, file, Duration.ofMinutes(1));
    }
}
