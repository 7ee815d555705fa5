package org.helpline.erasure;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * When requested erasures are carried out, as {@code helpline.erasure.*}.
 *
 * @param runEvery       how often requested erasures are looked at, on one instance of a cluster (default 5 s)
 * @param awaitSending   how long the bot's last messages to the chat (the goodbye) may take to be sent before the
 *                       erasure removes them unsent (default 5 min)
 */
@ConfigurationProperties("helpline.erasure")
public record ErasureSettings(Duration runEvery, Duration awaitSending) {

    public ErasureSettings {
        runEvery = runEvery == null || !runEvery.isPositive() ? Duration.ofSeconds(5) : runEvery;
        awaitSending = awaitSending == null || awaitSending.isNegative() ? Duration.ofMinutes(5) : awaitSending;
    }
}
