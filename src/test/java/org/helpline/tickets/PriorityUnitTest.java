package org.helpline.tickets;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PriorityUnitTest {

    @ParameterizedTest(name = "{0}: level {1}, respond within {2}")
    @CsvSource({
            "CRITICAL, 5, PT1H",
            "URGENT,   4, PT2H",
            "NORMAL,   2, PT8H",
            "LOW,      1, PT24H",
    })
    void levelsAndResponseTimesFollowTheRegulations(Priority priority, int level, Duration responseTime) {
        assertThat(priority.level()).isEqualTo(level);
        assertThat(priority.responseTime()).isEqualTo(responseTime);
    }

    @Test
    void aLowPriorityTicketOpenedFridayEveningIsDueThreeWorkingDaysLater() {
        ZoneId moscow = ZoneId.of("Europe/Moscow");
        Instant fridayEvening = LocalDateTime.parse("2026-03-06T17:00").atZone(moscow).toInstant();

        Instant due = new BusinessHours(BusinessHoursSettings.defaults())
                .addWorkingTime(fridayEvening, Priority.LOW.responseTime());

        assertThat(due).isEqualTo(LocalDateTime.parse("2026-03-11T17:00").atZone(moscow).toInstant());
    }
}
