package org.helpline.load;

import java.util.concurrent.TimeUnit;

import org.HdrHistogram.ConcurrentHistogram;
import org.HdrHistogram.Histogram;

/**
 * The round trip of every request in one phase. A histogram rather than a list of samples: fixed memory however
 * long the run, and exact enough (three significant digits, up to five minutes) for p50 and p99.
 */
final class Latencies {

    private final Histogram micros = new ConcurrentHistogram(TimeUnit.MINUTES.toMicros(5), 3);

    void record(long nanos) {
        micros.recordValue(Math.min(nanos / 1_000, micros.getHighestTrackableValue()));
    }

    /** How many requests were answered, failed intakes' included. */
    long count() {
        return micros.getTotalCount();
    }

    double percentileMillis(double percentile) {
        return micros.getValueAtPercentile(percentile) / 1000.0;
    }

    double maxMillis() {
        return micros.getMaxValue() / 1000.0;
    }
}
