package org.helpline.reports;

import java.time.Duration;

import org.helpline.tickets.Priority;
import org.helpline.tickets.Tier;

/** One line of the SLA report: the figures of the tickets with one priority at one tier. Times in business minutes. */
record SlaRow(Priority priority, Tier tier, int opened, int resolved, Minutes firstResponseMinutes,
              Minutes resolutionMinutes, Compliance responseSla, Compliance resolutionSla, Double reopenPercent,
              int rated, Double averageRating) {

    /** A {@link Spread} in minutes, one decimal. */
    record Minutes(Double median, Double p90) {

        static Minutes of(Spread spread) {
            return new Minutes(minutes(spread.median()), minutes(spread.p90()));
        }

        private static Double minutes(Duration time) {
            return time == null ? null : Math.round(time.toMillis() / 6_000.0) / 10.0;
        }
    }

    static SlaRow of(Priority priority, Tier tier, Tally tally) {
        return new SlaRow(priority, tier, tally.opened(), tally.resolved(), Minutes.of(tally.responseTimes()),
                Minutes.of(tally.resolutionTimes()), tally.response(), tally.resolution(), tally.reopenPercent(),
                tally.rated(), tally.averageRating());
    }
}
