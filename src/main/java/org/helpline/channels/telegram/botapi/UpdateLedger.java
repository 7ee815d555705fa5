package org.helpline.channels.telegram.botapi;

import java.time.Clock;
import java.time.Instant;

import org.helpline.store.Purges;
import org.helpline.store.RetentionSettings;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.mapping.Document;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

/**
 * The updates the bot has received and which of them it finished handling, in MongoDB ({@code telegram_updates},
 * the update id as the key). An update delivered again — after a restart, to another instance — is skipped once
 * it was handled; one whose handling never finished (the process died) is handled again, so nothing Telegram
 * delivered is lost, and a client's second delivery still has one effect because the conversation dedupes by
 * the update id. Telegram redelivers only for a day, so entries older than
 * {@code helpline.retention.handled-updates} (a week) are purged, once per cluster ({@link Purges}).
 */
class UpdateLedger {

    @Document("telegram_updates")
    record Received(@Id int updateId, Instant received, boolean handled) {
    }

    private final MongoTemplate mongo;
    private final Clock clock;

    UpdateLedger(MongoTemplate mongo, Purges purges, RetentionSettings retention, Clock clock) {
        this.mongo = mongo;
        this.clock = clock;
        purges.olderThan("telegram_updates", "received", retention.handledUpdates());
    }

    /** Records the update as received; false when it was received before and handled to the end. */
    boolean toHandle(int updateId) {
        Instant now = clock.instant();
        try {
            mongo.insert(new Received(updateId, now, false));
            return true;
        } catch (DuplicateKeyException receivedBefore) {
            Received earlier = mongo.findById(updateId, Received.class);
            return earlier == null || !earlier.handled();
        }
    }

    void handled(int updateId) {
        mongo.updateFirst(Query.query(Criteria.where("_id").is(updateId)), Update.update("handled", true), Received.class);
    }
}
