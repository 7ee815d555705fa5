package org.helpline.tickets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.helpline.tickets.BusinessHoursUnitTest.msk;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Measuring business time between two instants, the way the SLA report reads a ticket's clock. */
class WorkingTimeBetweenUnitTest {

    // December 2026: Mon 14, Fri 18, Sat 19, Mon 21; the shipped days off run from 31 Dec to 8 Jan.
    private final BusinessHours hours = new BusinessHours(BusinessHoursSettings.defaults(),
            LocalDate.of(2026, 12, 31).datesUntil(LocalDate.of(2027, 1, 9)).collect(Collectors.toSet()));

    @ParameterizedTest(name = "{0} to {1} is {2} min")
    @CsvSource({
            "2026-12-14T10:00, 2026-12-14T10:20, 20",
            "2026-12-14T09:00, 2026-12-14T11:00, 60",   // before opening does not count
            "2026-12-18T17:00, 2026-12-21T10:30, 90",   // Friday evening, the weekend, Monday morning
            "2026-12-30T17:00, 2027-01-11T10:00, 60",   // 31 Dec and the January days off are off
            "2026-12-14T19:00, 2026-12-15T09:00, 0",
            "2026-12-14T12:00, 2026-12-14T11:00, 0",    // reversed: nothing counted
    })
    void countsOnlyWorkingPeriods(String from, String until, long minutes) {
        assertThat(hours.workingTimeBetween(msk(from), msk(until), List.of())).isEqualTo(Duration.ofMinutes(minutes));
    }

    @Test
    void pausesAreLeftOutOnceEvenWhenTheyOverlap() {
        List<SlaPause> pauses = List.of(
                new SlaPause(msk("2026-12-15T11:00"), msk("2026-12-16T11:00")),  // 7 h on Tuesday, 1 h on Wednesday
                new SlaPause(msk("2026-12-15T17:00"), msk("2026-12-15T20:00")),  // inside the first one
                new SlaPause(msk("2026-12-16T12:00"), msk("2026-12-16T13:00")));
        assertThat(hours.workingTimeBetween(msk("2026-12-15T10:00"), msk("2026-12-16T14:00"), pauses))
                .isEqualTo(Duration.ofHours(3));
    }

    @Test
    void givesBackTheBusinessTimeADueTimeWasComputedWith() {
        var lunch = new BusinessHours(new BusinessHoursSettings(null, null, null,
                List.of(WorkingPeriod.of("10:00-13:00"), WorkingPeriod.of("14:00-18:00")), null, null, null, null), Set.of());
        List<SlaPause> pauses = List.of(new SlaPause(msk("2026-12-16T15:00"), msk("2026-12-17T12:00")));
        Instant created = msk("2026-12-14T17:10");
        for (long minutes : new long[]{1, 50, 60 * 8, 60 * 24, 60 * 72}) {
            Duration target = Duration.ofMinutes(minutes);
            Instant due = lunch.addWorkingTime(created, target, pauses);
            assertThat(lunch.workingTimeBetween(created, due, pauses)).as("%s min", minutes).isEqualTo(target);
        }
    }
}
