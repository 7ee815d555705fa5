package org.helpline.channels.telegram.botapi;

import java.time.Duration;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.retry.RetryPolicy;
import org.springframework.util.backoff.BackOff;
import org.springframework.util.backoff.BackOffExecution;
import org.telegram.telegrambots.meta.exceptions.TelegramApiRequestException;

/**
 * When to try a Bot API call again: only when Telegram answered 429 with {@code retry_after}, after the wait it
 * named (at most {@code longestWait}), at most {@code retries} times. One per call, since each wait is the one
 * the last answer asked for.
 */
final class SlowDownPolicy implements RetryPolicy {

    private static final Logger log = LoggerFactory.getLogger(SlowDownPolicy.class);

    private final String chatId;
    private final int retries;
    private final Duration longestWait;
    private Duration asked = Duration.ZERO;

    SlowDownPolicy(String chatId, int retries, Duration longestWait) {
        this.chatId = chatId;
        this.retries = retries;
        this.longestWait = longestWait;
    }

    @Override
    public boolean shouldRetry(Throwable failure) {
        if (failure instanceof TelegramApiRequestException e && e.getErrorCode() != null && e.getErrorCode() == 429
                && e.getParameters() != null && e.getParameters().getRetryAfter() != null) {
            Duration retryAfter = Duration.ofSeconds(e.getParameters().getRetryAfter());
            asked = retryAfter.compareTo(longestWait) > 0 ? longestWait : retryAfter;
            return true;
        }
        return false;
    }

    @Override
    public BackOff getBackOff() {
        return () -> new BackOffExecution() {
            private int left = retries;

            @Override
            public long nextBackOff() {
                if (left-- <= 0) {
                    return STOP;
                }
                log.warn("Telegram asked to slow down sending to chat {}; retrying in {}", chatId, asked);
                return asked.toMillis();
            }
        };
    }
}
