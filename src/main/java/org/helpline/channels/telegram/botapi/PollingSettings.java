package org.helpline.channels.telegram.botapi;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Long polling with several app instances ({@code helpline.telegram.polling.*}): Telegram serves one
 * {@code getUpdates} poller per bot, so the instance holding a lease in the store polls and the others wait.
 *
 * @param lease how long the poller's lease lasts (default 30 s; at least 3 s). The holder renews it every third
 *              of that and stops polling when two thirds pass without a renewal; another instance takes over
 *              within about one and a third leases after the holder died. The instances' clocks must agree to
 *              well within a third of it.
 */
@ConfigurationProperties("helpline.telegram.polling")
record PollingSettings(Duration lease) {

    private static final Duration SHORTEST = Duration.ofSeconds(3);

    PollingSettings {
        lease = lease == null ? Duration.ofSeconds(30) : lease;
        if (lease.compareTo(SHORTEST) < 0) {
            throw new IllegalArgumentException("helpline.telegram.polling.lease must be at least 3 s, not " + lease);
        }
    }

    /** How often the holder renews the lease, and the others try to take it. */
    Duration renewEvery() {
        return lease.dividedBy(3);
    }

    /** How long after its last renewal began the holder still polls: the rest of the lease is the safety margin. */
    Duration pollFor() {
        return lease.multipliedBy(2).dividedBy(3);
    }
}
