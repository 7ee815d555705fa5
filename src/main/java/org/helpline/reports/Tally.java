package org.helpline.reports;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * The SLA figures of a group of tickets over a period, counted ticket by ticket. A ticket counts as opened when it
 * was created in the period, and its first-response time when it was first answered in it. It counts as resolved
 * (once) when an engineer resolved it in the period; its resolution time is up to the last such resolution, and it
 * counts as reopened when the client reopened it after the first. Targets count when decided in the period
 * ({@link TicketSla}), and ratings when the client gave them in the period.
 */
final class Tally {

    private int opened;
    private int resolved;
    private int reopened;
    private int rated;
    private int ratingSum;
    private final List<Duration> responseTimes = new ArrayList<>();
    private final List<Duration> resolutionTimes = new ArrayList<>();
    private final Compliance.Counter response = new Compliance.Counter();
    private final Compliance.Counter resolution = new Compliance.Counter();

    void add(TicketSla ticket, ReportPeriod period) {
        if (period.contains(ticket.openedAt())) {
            opened++;
        }
        if (period.contains(ticket.firstResponseAt())) {
            responseTimes.add(ticket.responseTime());
        }
        List<TicketSla.Resolution> resolutions = ticket.resolutions().stream()
                .filter(resolution -> period.contains(resolution.at())).toList();
        if (!resolutions.isEmpty()) {
            resolved++;
            resolutionTimes.add(resolutions.getLast().businessTime());
            reopened += resolutions.getFirst().reopenedAfter() ? 1 : 0;
        }
        for (TicketSla.Rating rating : ticket.ratings()) {
            if (period.contains(rating.at())) {
                rated++;
                ratingSum += rating.score();
            }
        }
        response.count(ticket.response(), ticket.number(), period);
        resolution.count(ticket.resolution(), ticket.number(), period);
    }

    int opened() {
        return opened;
    }

    int resolved() {
        return resolved;
    }

    Spread responseTimes() {
        return Spread.of(responseTimes);
    }

    Spread resolutionTimes() {
        return Spread.of(resolutionTimes);
    }

    Compliance response() {
        return response.result();
    }

    Compliance resolution() {
        return resolution.result();
    }

    /** The share of the tickets resolved in the period that the client reopened; null when none was resolved. */
    Double reopenPercent() {
        return percent(reopened, resolved);
    }

    int rated() {
        return rated;
    }

    /** The mean of the ratings given in the period, one decimal; null when none was given. */
    Double averageRating() {
        return rated == 0 ? null : Math.round(10.0 * ratingSum / rated) / 10.0;
    }

    /** {@code part} of {@code whole} in percent, one decimal; null when {@code whole} is zero. */
    static Double percent(int part, int whole) {
        return whole == 0 ? null : Math.round(1000.0 * part / whole) / 10.0;
    }
}
