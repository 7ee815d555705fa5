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
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Default settings (10:00–18:00 Moscow, Monday to Friday) unless a test configures its own. */
class BusinessHoursUnitTest {

    private static final ZoneId MOSCOW = ZoneId.of("Europe/Moscow");

    // March 2026: Wed 4, Fri 6, Sat 7, Mon 9.
    private final BusinessHours hours = new BusinessHours(BusinessHoursSettings.defaults());

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
        var withHolidays = new BusinessHours(new BusinessHoursSettings(null, null, null, null, newYear));

        assertThat(withHolidays.addWorkingTime(msk("2025-12-30T17:00"), Duration.ofHours(2)))
                .isEqualTo(msk("2026-01-12T11:00"));
        assertThat(withHolidays.isOpen(msk("2026-01-05T12:00"))).isFalse();
        assertThat(hours.isOpen(msk("2026-01-05T12:00"))).as("not a holiday by default").isTrue();
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
                berlin, LocalTime.of(9, 0), LocalTime.of(17, 0), null, null));

        // Friday 16:00 CET (UTC+1) + 2 h: one hour on Friday, one on Monday after the switch to CEST (UTC+2).
        Instant fridayFour = LocalDateTime.parse("2026-03-27T16:00").atZone(berlin).toInstant();
        assertThat(berlinHours.addWorkingTime(fridayFour, Duration.ofHours(2)))
                .isEqualTo(Instant.parse("2026-03-30T08:00:00Z"));
        assertThat(berlinHours.isOpen(Instant.parse("2026-03-30T07:00:00Z"))).as("09:00 CEST").isTrue();
        assertThat(berlinHours.isOpen(Instant.parse("2026-03-30T06:59:59Z"))).as("08:59:59 CEST").isFalse();
    }

    @Test
    void configuredWorkdaysReplaceMondayToFriday() {
        var sixDays = new BusinessHours(new BusinessHoursSettings(
                null, null, null, EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.SATURDAY), null));

        assertThat(sixDays.addWorkingTime(msk("2026-03-06T17:30"), Duration.ofHours(1)))
                .isEqualTo(msk("2026-03-07T10:30"));
        assertThat(sixDays.isOpen(msk("2026-03-08T12:00"))).as("Sunday").isFalse();
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

    @ParameterizedTest(name = "{0} open: {1}")
    @CsvSource({
            "2026-03-04T09:59:59.999, false",
            "2026-03-04T10:00, true",
            "2026-03-04T17:59:59.999, true",
            "2026-03-04T18:00, false",
            "2026-03-04T00:00, false",
            "2026-03-07T12:00, false",
            "2026-03-08T12:00, false",
    })
    void isOpenFromOpeningInclusiveToClosingExclusiveOnWorkdays(String at, boolean open) {
        assertThat(hours.isOpen(msk(at))).isEqualTo(open);
    }

    @Test
    void negativeWorkingTimeIsRejected() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> hours.addWorkingTime(msk("2026-03-04T12:00"), Duration.ofMinutes(-1)));
    }

    private static Instant msk(String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(MOSCOW).toInstant();
    }
}
