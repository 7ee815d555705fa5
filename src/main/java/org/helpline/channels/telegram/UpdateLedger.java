package org.helpline.channels.telegram;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicReference;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.mapping.Document;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

/**
 * The ids of the updates the bot has received, in MongoDB ({@code telegram_updates}, the update id as the key),
 * so an update delivered again — after a restart, to another instance — is recognised. Telegram redelivers only
 * for a day, so entries older than a week are purged now and then (the embedded store has no TTL index).
 */
class UpdateLedger {

    @Document("telegram_updates")
    record Received(@Id int updateId, Instant received) {
    }

    private static final Duration KEPT = Duration.ofDays(7);
    private static final Duration PURGE_EVERY = Duration.ofHours(1);

    private final MongoTemplate mongo;
    private final AtomicReference<Instant> lastPurge = new AtomicReference<>(Instant.MIN);

    UpdateLedger(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    /** Records the update; true the first time, false if it was received before. */
    boolean first(int updateId) {
        Instant now = Instant.now();
        purge(now);
        try {
            mongo.insert(new Received(updateId, now));
            return true;
        } catch (DuplicateKeyException e) {
            return false;
        }
    }

    private void purge(Instant now) {
        Instant last = lastPurge.get();
        if (last.isBefore(now.minus(PURGE_EVERY)) && lastPurge.compareAndSet(last, now)) {
            mongo.remove(Query.query(Criteria.where("received").lt(now.minus(KEPT))), Received.class);
        }
    }
}
