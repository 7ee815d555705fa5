package org.helpline.testing;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * A clock tests move: it keeps running at real speed from wherever it was last set, so leases and timeouts in the
 * app behave, while a test puts "now" on a Friday evening or a holiday.
 */
public final class ShiftedClock extends Clock {

    private volatile Duration shift = Duration.ZERO;

    /** From now on the clock reads {@code now}, and runs on from there. */
    public void set(Instant now) {
        shift = Duration.between(Instant.now(), now);
    }

    public void advance(Duration by) {
        shift = shift.plus(by);
    }

    @Override
    public Instant instant() {
        return Instant.now().plus(shift);
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return this;
    }
}
