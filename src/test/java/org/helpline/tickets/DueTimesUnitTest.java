package org.helpline.tickets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.helpline.tickets.BusinessHoursUnitTest.msk;
import static org.helpline.tickets.BusinessHoursUnitTest.pause;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The SLA due times on the default week with the holidays file the app ships (2026-12-31, 2027-01-01…08, …). */
class DueTimesUnitTest {

    // December 2026: Fri 4, Sat 5, Mon 7; Wed 30, Thu 31 (a day off); 2027: Mon 11 Jan, Tue 23 Feb (a day off).
    private final BusinessHours calendar = new BusinessHours(BusinessHoursSettings.defaults(),
            HolidaysFile.read(Path.of("calendar", "holidays.txt")));
    private final SlaSettings sla = SlaSettings.defaults();

    private DueTimes due(Priority priority, String opened, SlaPause... pauses) {
        return DueTimes.of(calendar, sla.of(priority), msk(opened), List.of(pauses));
    }

    @ParameterizedTest(name = "{0} opened {1}: respond by {2}, resolve by {3}")
    @CsvSource({
            // A minute to closing on Friday: one minute counts on Friday, the rest on Monday.
            "CRITICAL, 2026-12-04T17:59, 2026-12-07T10:59, 2026-12-07T13:59",
            // At the weekend: counting starts at Monday's opening.
            "URGENT,   2026-12-05T12:00, 2026-12-07T12:00, 2026-12-07T18:00",
            // One hour on Wednesday 30 December, then the New Year holidays: nothing until Monday 11 January.
            "NORMAL,   2026-12-30T17:00, 2027-01-11T17:00, 2027-01-13T17:00",
            // Opened on a holiday (23 February): counting starts the next working morning.
            "CRITICAL, 2027-02-23T11:00, 2027-02-24T11:00, 2027-02-24T14:00",
            // Low: three working days to respond, nine to resolve.
            "LOW,      2026-12-07T10:00, 2026-12-09T18:00, 2026-12-17T18:00",
    })
    void targetsCountOnlyBusinessTime(Priority priority, String opened, String respondBy, String resolveBy) {
        DueTimes due = due(priority, opened);
        assertThat(due.response()).isEqualTo(msk(respondBy));
        assertThat(due.resolve()).isEqualTo(msk(resolveBy));
    }

    @Test
    void moscowTimeHasNoDaylightSavingShift() {
        // Europe changes its clocks on 28 March 2027; the Moscow due time is still 07:00 UTC + 1 h.
        assertThat(due(Priority.CRITICAL, "2027-03-26T17:30").response()).isEqualTo(Instant.parse("2027-03-29T07:30:00Z"));
    }

    @Test
    void pausesMoveBothDueTimesOutByThePausedWorkingTime() {
        DueTimes due = due(Priority.URGENT, "2026-12-07T10:00", pause("2026-12-07T10:30", "2026-12-07T13:30"));
        assertThat(due.response()).isEqualTo(msk("2026-12-07T15:00"));
        assertThat(due.resolve()).isEqualTo(msk("2026-12-08T13:00"));
    }

    @Test
    void aPriorityChangeDuringAPauseKeepsThePause() {
        // Low at 10:00 Monday; waiting for the client from 10:30; raised to urgent at 12:00, still waiting.
        DueTimes whileWaiting = due(Priority.URGENT, "2026-12-07T10:00", pause("2026-12-07T10:30", "2026-12-07T12:00"));
        assertThat(whileWaiting.response()).as("30 min counted before the pause, 1.5 h to go").isEqualTo(msk("2026-12-07T13:30"));

        // The client answers at 15:00: the same pause, now closed, and the new priority.
        DueTimes answered = due(Priority.URGENT, "2026-12-07T10:00", pause("2026-12-07T10:30", "2026-12-07T15:00"));
        assertThat(answered.response()).isEqualTo(msk("2026-12-07T16:30"));
        assertThat(answered.resolve()).isEqualTo(msk("2026-12-08T14:30"));
    }
}
