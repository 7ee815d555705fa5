package org.helpline.tickets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Default settings (10:00–18:00 Moscow, Monday to Friday) unless a test configures its own. */
class BusinessHoursUnitTest {

    private static final ZoneId MOSCOW = ZoneId.of("Europe/Moscow");

    // March 2026: Wed 4, Fri 6, Sat 7, Mon 9.
    private final BusinessHours hours = new BusinessHours(BusinessHoursSettings.defaults(), Set.of());

    @Test
    void insideHoursTheDueTimeIsOnTheSameDay() {
        assertThat(hours.addWorkingTime(msk("2026-03-04T11:15"), Duration.ofHours(2)))
                .isEqualTo(msk("2026-03-04T13:15"));
    }

    @Test
    void crossingClosingPausesOvernight() {
        assertThat(hours.addWorkingTime(msk("2026-03-04T17:00"), Duration.ofHours(2)))
                .isEqualTo(msk("2026-03-05T11:00"));
    }

    @Test
    void fridayEveningContinuesOnMonday() {
        assertThat(hours.addWorkingTime(msk("2026-03-06T17:30"), Duration.ofHours(1)))
                .isEqualTo(msk("2026-03-09T10:30"));
    }

    @Test
    void aWeekendRequestStartsCountingAtMondaysOpening() {
        assertThat(hours.addWorkingTime(msk("2026-03-07T12:00"), Duration.ofHours(2)))
                .isEqualTo(msk("2026-03-09T12:00"));
    }

    @Test
    void aFullDayFromBeforeOpeningEndsAtThatDaysClosingNotTheNextMorning() {
        assertThat(hours.addWorkingTime(msk("2026-03-04T09:00"), Duration.ofHours(8)))
                .isEqualTo(msk("2026-03-04T18:00"));
    }

    @Test
    void aDueTimeLandingExactlyAtClosingStaysAtClosing() {
        assertThat(hours.addWorkingTime(msk("2026-03-06T16:00"), Duration.ofHours(2)))
                .isEqualTo(msk("2026-03-06T18:00"));
    }

    @ParameterizedTest(name = "{0} + 1h -> {1}")
    @CsvSource({
            "2026-03-04T18:00, 2026-03-05T11:00", // exactly at closing the day is over
            "2026-03-04T23:30, 2026-03-05T11:00",
            "2026-03-05T03:00, 2026-03-05T11:00",
            "2026-03-06T18:00, 2026-03-09T11:00",
    })
    void outsideHoursCountingStartsAtTheNextOpening(String from, String due) {
        assertThat(hours.addWorkingTime(msk(from), Duration.ofHours(1))).isEqualTo(msk(due));
    }

    @ParameterizedTest(name = "{0} + 0 -> {1}")
    @CsvSource({
            "2026-03-04T10:00, 2026-03-04T10:00",
            "2026-03-04T14:20, 2026-03-04T14:20",
            "2026-03-04T09:59, 2026-03-04T10:00",
            "2026-03-04T18:00, 2026-03-05T10:00",
            "2026-03-07T12:00, 2026-03-09T10:00",
    })
    void zeroIsTheInstantItselfWhenOpenOtherwiseTheNextOpening(String from, String due) {
        assertThat(hours.addWorkingTime(msk(from), Duration.ZERO)).isEqualTo(msk(due));
    }

    @Test
    void holidaysAreSkippedLikeWeekends() {
        // Russia's 2026 New Year break: 31 Dec 2025 to 11 Jan 2026, back to work on Monday 12 Jan.
        Set<LocalDate> newYear = LocalDate.of(2025, 12, 31).datesUntil(LocalDate.of(2026, 1, 10))
                .collect(Collectors.toSet());
        var withHolidays = new BusinessHours(BusinessHoursSettings.defaults(), newYear);

        assertThat(withHolidays.addWorkingTime(msk("2025-12-30T17:00"), Duration.ofHours(2)))
                .isEqualTo(msk("2026-01-12T11:00"));
        assertThat(working(withHolidays, msk("2026-01-05T12:00"))).isFalse();
        assertThat(working(hours, msk("2026-01-05T12:00"))).as("not a holiday by default").isTrue();
    }

    @Test
    void moscowKeepsUtcPlusThreeWhileEuropeChangesClocks() {
        // Europe moves to summer time on Sunday 29 March 2026 and back on Sunday 25 October; Moscow does not.
        assertThat(hours.addWorkingTime(msk("2026-03-27T17:30"), Duration.ofHours(1)))
                .isEqualTo(Instant.parse("2026-03-30T07:30:00Z"));
        assertThat(hours.addWorkingTime(msk("2026-10-23T17:30"), Duration.ofHours(1)))
                .isEqualTo(Instant.parse("2026-10-26T07:30:00Z"));
    }

    @Test
    void aConfiguredZoneAndHoursFollowThatZonesClockIncludingDaylightSaving() {
        ZoneId berlin = ZoneId.of("Europe/Berlin");
        var berlinHours = new BusinessHours(new BusinessHoursSettings(
                berlin, LocalTime.of(9, 0), LocalTime.of(17, 0), null, null, null, null, null), Set.of());

        // Friday 16:00 CET (UTC+1) + 2 h: one hour on Friday, one on Monday after the switch to CEST (UTC+2).
        Instant fridayFour = LocalDateTime.parse("2026-03-27T16:00").atZone(berlin).toInstant();
        assertThat(berlinHours.addWorkingTime(fridayFour, Duration.ofHours(2)))
                .isEqualTo(Instant.parse("2026-03-30T08:00:00Z"));
        assertThat(working(berlinHours, Instant.parse("2026-03-30T07:00:00Z"))).as("09:00 CEST").isTrue();
        assertThat(working(berlinHours, Instant.parse("2026-03-30T06:59:59Z"))).as("08:59:59 CEST").isFalse();
    }

    @Test
    void configuredWorkdaysReplaceMondayToFriday() {
        var sixDays = new BusinessHours(new BusinessHoursSettings(
                null, null, null, null, EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.SATURDAY), null, null, null), Set.of());

        assertThat(sixDays.addWorkingTime(msk("2026-03-06T17:30"), Duration.ofHours(1)))
                .isEqualTo(msk("2026-03-07T10:30"));
        assertThat(working(sixDays, msk("2026-03-08T12:00"))).as("Sunday").isFalse();
    }

    @Test
    void twentyFourHoursOfBusinessTimeAreThreeWorkingDays() {
        assertThat(hours.addWorkingTime(msk("2026-03-02T10:00"), Duration.ofHours(24)))
                .as("Monday opening to Wednesday closing")
                .isEqualTo(msk("2026-03-04T18:00"));
        assertThat(hours.addWorkingTime(msk("2026-03-04T12:00"), Duration.ofHours(24)))
                .as("Wednesday noon over the weekend")
                .isEqualTo(msk("2026-03-09T12:00"));
    }

    @Test
    void longDurationsSpanWeeks() {
        // 10 weeks of 5 days of 8 hours.
        assertThat(hours.addWorkingTime(msk("2026-03-02T10:00"), Duration.ofHours(400)))
                .isEqualTo(msk("2026-05-08T18:00"));
        // Minute precision survives the long walk.
        assertThat(hours.addWorkingTime(msk("2026-03-02T10:00"), Duration.ofHours(80).plusMinutes(1)))
                .isEqualTo(msk("2026-03-16T10:01"));
    }

    @ParameterizedTest(name = "{0} working: {1}")
    @CsvSource({
            "2026-03-04T09:59:59.999, false",
            "2026-03-04T10:00, true",
            "2026-03-04T17:59:59.999, true",
            "2026-03-04T18:00, false",
            "2026-03-04T00:00, false",
            "2026-03-07T12:00, false",
            "2026-03-08T12:00, false",
    })
    void workingFromOpeningInclusiveToClosingExclusiveOnWorkdays(String at, boolean open) {
        assertThat(working(hours, msk(at))).isEqualTo(open);
    }

    @Test
    void aLunchBreakDoesNotCount() {
        var withLunch = new BusinessHours(new BusinessHoursSettings(null, null, null,
                List.of(WorkingPeriod.of("14:00-18:00"), WorkingPeriod.of("10:00-13:00")), null, null, null, null), Set.of());

        assertThat(withLunch.addWorkingTime(msk("2026-03-04T12:30"), Duration.ofHours(1)))
                .as("half an hour before lunch, half an hour after").isEqualTo(msk("2026-03-04T14:30"));
        assertThat(withLunch.addWorkingTime(msk("2026-03-04T13:20"), Duration.ofHours(2)))
                .as("asked at lunch: counting starts after it").isEqualTo(msk("2026-03-04T16:00"));
        assertThat(withLunch.addWorkingTime(msk("2026-03-04T12:00"), Duration.ofHours(1)))
                .as("landing exactly at the break stays there").isEqualTo(msk("2026-03-04T13:00"));
        assertThat(withLunch.addWorkingTime(msk("2026-03-04T17:00"), Duration.ofHours(4)))
                .as("a 7-hour day: 1 h today, 3 h before tomorrow's lunch").isEqualTo(msk("2026-03-05T13:00"));
        assertThat(working(withLunch, msk("2026-03-04T13:30"))).isFalse();
    }

    @Test
    void aPauseMovesTheDueTimeOutByTheWorkingTimeInsideIt() {
        Instant monday = msk("2026-03-02T10:00");
        assertThat(hours.addWorkingTime(monday, Duration.ofHours(8), List.of(pause("2026-03-02T12:00", "2026-03-02T15:00"))))
                .as("3 working hours paused").isEqualTo(msk("2026-03-03T13:00"));
        assertThat(hours.addWorkingTime(monday, Duration.ofHours(8), List.of(pause("2026-03-02T17:00", "2026-03-03T11:00"))))
                .as("overnight: only 17:00-18:00 and 10:00-11:00 count").isEqualTo(msk("2026-03-03T12:00"));
        assertThat(hours.addWorkingTime(msk("2026-03-06T10:00"), Duration.ofHours(9), List.of(pause("2026-03-06T18:00", "2026-03-09T10:00"))))
                .as("a pause over the weekend changes nothing").isEqualTo(msk("2026-03-09T11:00"));
    }

    @Test
    void overlappingPausesInAnyOrderCountOnce() {
        List<SlaPause> pauses = List.of(pause("2026-03-02T13:00", "2026-03-02T15:00"), pause("2026-03-02T12:00", "2026-03-02T14:00"));
        assertThat(hours.addWorkingTime(msk("2026-03-02T10:00"), Duration.ofHours(4), pauses))
                .as("12:00-15:00 paused").isEqualTo(msk("2026-03-02T17:00"));
    }

    @Test
    void aPauseFromTheStartDelaysTheFirstCountedMinute() {
        assertThat(hours.addWorkingTime(msk("2026-03-02T10:00"), Duration.ZERO, List.of(pause("2026-03-02T10:00", "2026-03-02T11:30"))))
                .isEqualTo(msk("2026-03-02T11:30"));
    }

    @Test
    void negativeWorkingTimeIsRejected() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> hours.addWorkingTime(msk("2026-03-04T12:00"), Duration.ofMinutes(-1)));
    }

    /** Whether support works at that instant: counting zero working time from it starts at once. */
    static boolean working(BusinessHours hours, Instant at) {
        return hours.addWorkingTime(at, Duration.ZERO).equals(at);
    }

    static SlaPause pause(String from, String until) {
        return new SlaPause(msk(from), msk(until));
    }

    static Instant msk(String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(MOSCOW).toInstant();
    }
}
