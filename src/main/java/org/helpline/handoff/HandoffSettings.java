package org.helpline.handoff;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How the handoff answers a client writing on their open ticket.
 *
 * @param acknowledgeEvery what the client writes or sends gets «Передали инженеру» at most once in this long
 *                         (default 10 minutes), so they know it arrived without a reply to every line
 */
@ConfigurationProperties("helpline.handoff")
public record HandoffSettings(Duration acknowledgeEvery) {

    public HandoffSettings {
        acknowledgeEvery = acknowledgeEvery == null || acknowledgeEvery.isNegative() ? Duration.ofMinutes(10) : acknowledgeEvery;
    }
}
