package org.helpline.channels.web;

import java.time.Duration;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bucket;
import org.springframework.stereotype.Component;

/**
 * Token buckets for the public chat: bursts are fine, a sustained flood is not. Buckets live in this
 * instance's memory, so with several instances each enforces the limits on the traffic it sees.
 */
@Component
class RateLimits {

    private final WebChatSettings settings;
    private final Cache<String, Bucket> sessions = idleBuckets();
    private final Cache<String, Bucket> addresses = idleBuckets();

    RateLimits(WebChatSettings settings) {
        this.settings = settings;
    }

    boolean messageAllowed(String sessionId) {
        return sessions.get(sessionId, id -> perMinute(settings.messagesPerMinute())).tryConsume(1);
    }

    boolean newSessionAllowed(String clientAddress) {
        return addresses.get(clientAddress, address -> perMinute(settings.sessionsPerMinute())).tryConsume(1);
    }

    private static Bucket perMinute(int count) {
        return Bucket.builder()
                .addLimit(limit -> limit.capacity(count).refillGreedy(count, Duration.ofMinutes(1)))
                .build();
    }

    private static Cache<String, Bucket> idleBuckets() {
        return Caffeine.newBuilder().expireAfterAccess(Duration.ofMinutes(2)).maximumSize(100_000).build();
    }
}
