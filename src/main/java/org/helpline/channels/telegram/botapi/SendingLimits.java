package org.helpline.channels.telegram.botapi;

import java.time.Duration;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bucket;

/**
 * Telegram's sending limits as token buckets that allow short bursts (the parts of a long reply leave together):
 * about one message a second to a chat, twenty a minute to a group (negative chat ids), thirty a second in all.
 * Per app instance; used by one thread.
 */
class SendingLimits {

    private final Bucket all = Bucket.builder().addLimit(limit -> limit.capacity(30).refillGreedy(30, Duration.ofSeconds(1))).build();
    private final Cache<String, Bucket> chats = Caffeine.newBuilder().expireAfterAccess(Duration.ofMinutes(10)).build();
    private final Cache<String, Bucket> groups = Caffeine.newBuilder().expireAfterAccess(Duration.ofMinutes(10)).build();

    /** Zero if a message may go to the chat now (it is then counted), else how long until one may. */
    Duration take(String chatId) {
        Bucket chat = chats.get(chatId, id -> perChat());
        Bucket group = chatId.startsWith("-") ? groups.get(chatId, id -> perGroup()) : null;
        long wait = Math.max(waitNanos(all), Math.max(waitNanos(chat), group == null ? 0 : waitNanos(group)));
        if (wait > 0) {
            return Duration.ofNanos(wait);
        }
        all.tryConsume(1);
        chat.tryConsume(1);
        if (group != null) {
            group.tryConsume(1);
        }
        return Duration.ZERO;
    }

    private static long waitNanos(Bucket bucket) {
        var probe = bucket.estimateAbilityToConsume(1);
        return probe.canBeConsumed() ? 0 : Math.max(1, probe.getNanosToWaitForRefill());
    }

    private static Bucket perChat() {
        return Bucket.builder().addLimit(limit -> limit.capacity(5).refillGreedy(1, Duration.ofSeconds(1))).build();
    }

    private static Bucket perGroup() {
        return Bucket.builder().addLimit(limit -> limit.capacity(20).refillGreedy(20, Duration.ofMinutes(1))).build();
    }
}
