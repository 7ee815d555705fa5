package org.helpline.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

/** Median and 90th percentile as a spreadsheet's MEDIAN and PERCENTILE.INC give them. */
class SpreadUnitTest {

    @Test
    void noTimesGiveNoFigures() {
        assertThat(Spread.of(List.of())).isEqualTo(new Spread(null, null));
    }

    @Test
    void oneTimeIsItsOwnMedianAndPercentile() {
        assertThat(Spread.of(minutes(42))).isEqualTo(new Spread(Duration.ofMinutes(42), Duration.ofMinutes(42)));
    }

    @Test
    void betweenValuesTheFiguresAreInterpolatedInAnyOrder() {
        // PERCENTILE.INC({10;20;40;90}; 0.9) = 40 + 0.7 × 50 = 75; MEDIAN = (20 + 40) / 2 = 30.
        assertThat(Spread.of(minutes(90, 10, 40, 20))).isEqualTo(new Spread(Duration.ofMinutes(30), Duration.ofMinutes(75)));
        // Ten values 1..10: MEDIAN 5.5, PERCENTILE.INC 0.9 = 9.1.
        assertThat(Spread.of(minutes(1, 2, 3, 4, 5, 6, 7, 8, 9, 10)))
                .isEqualTo(new Spread(Duration.ofSeconds(330), Duration.ofSeconds(546)));
    }

    private static List<Duration> minutes(long... values) {
        return Arrays.stream(values).mapToObj(Duration::ofMinutes).toList();
    }
}
