package org.helpline.reports;

import java.time.Duration;
import java.util.List;

/**
 * The median and 90th percentile of some times, interpolated between the nearest values the way a spreadsheet's
 * {@code MEDIAN} and {@code PERCENTILE.INC} do; both null when there are none.
 */
record Spread(Duration median, Duration p90) {

    static Spread of(List<Duration> times) {
        if (times.isEmpty()) {
            return new Spread(null, null);
        }
        List<Duration> sorted = times.stream().sorted().toList();
        return new Spread(percentile(sorted, 0.5), percentile(sorted, 0.9));
    }

    private static Duration percentile(List<Duration> sorted, double share) {
        double rank = share * (sorted.size() - 1);
        int below = (int) Math.floor(rank);
        int above = Math.min(below + 1, sorted.size() - 1);
        long low = sorted.get(below).toNanos();
        long high = sorted.get(above).toNanos();
        return Duration.ofNanos(low + Math.round((rank - below) * (high - low)));
    }
}
