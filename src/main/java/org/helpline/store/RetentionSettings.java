package org.helpline.store;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How long records nobody needs any more are kept before {@link Purges} removes them (the embedded store has no
 * TTL index), as {@code helpline.retention.*} (env e.g. {@code HELPLINE_RETENTION_DRAFTS=14d}).
 *
 * @param drafts           a request abandoned mid-intake, its transcript and its files (default 30 days)
 * @param handledUpdates   the ledgers of messenger updates already handled: Telegram's update ids, Discord's event
 *                         ids (default 7 days; both messengers redeliver for a day at most)
 * @param finishedMessages outbox records of messages the channel refused for good (default 7 days; sent ones
 *                         leave the outbox at once)
 * @param purgeEvery       how often the purges run, on one instance of a cluster (default 1 hour)
 */
@ConfigurationProperties("helpline.retention")
public record RetentionSettings(Duration drafts, Duration handledUpdates, Duration finishedMessages,
                                Duration purgeEvery) {

    public RetentionSettings {
        drafts = positiveOr(drafts, Duration.ofDays(30));
        handledUpdates = positiveOr(handledUpdates, Duration.ofDays(7));
        finishedMessages = positiveOr(finishedMessages, Duration.ofDays(7));
        purgeEvery = positiveOr(purgeEvery, Duration.ofHours(1));
    }

    private static Duration positiveOr(Duration given, Duration fallback) {
        return given == null || !given.isPositive() ? fallback : given;
    }
}
