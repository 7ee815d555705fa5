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
            "CRITICAL, 5, PT1H,  PT4H",
            "URGENT,   4, PT2H,  PT8H",
            "NORMAL,   2, PT8H,  PT24H",
            "LOW,      1, PT24H, PT72H",
    })
    void levelsAndResponseTimesFollowTheRegulations(Priority priority, int level, Duration responseTime, Duration resolveTime) {
        assertThat(priority.level()).isEqualTo(level);
        assertThat(priority.responseTime()).isEqualTo(responseTime);
        assertThat(priority.resolveTime()).isEqualTo(resolveTime);
    }

    @ParameterizedTest
    @CsvSource({"critical, CRITICAL", "URGENT, URGENT", " Normal , NORMAL", "low, LOW"})
    void namesAreReadInAnyCase(String name, Priority priority) {
        assertThat(Priority.parse(name)).contains(priority);
    }

    @Test
    void anUnknownNameIsNoPriority() {
        assertThat(Priority.parse("asap")).isEmpty();
    }

    @Test
    void aLowPriorityTicketOpenedFridayEveningIsDueThreeWorkingDaysLater() {
        ZoneId moscow = ZoneId.of("Europe/Moscow");
        Instant fridayEvening = LocalDateTime.parse("2026-03-06T17:00").atZone(moscow).toInstant();

        Instant due = new BusinessHours(BusinessHoursSettings.defaults(), java.util.Set.of())
                .addWorkingTime(fridayEvening, Priority.LOW.responseTime());

        assertThat(due).isEqualTo(LocalDateTime.parse("2026-03-11T17:00").atZone(moscow).toInstant());
    }
}
