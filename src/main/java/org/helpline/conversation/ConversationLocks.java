package org.helpline.conversation;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import java.util.concurrent.locks.ReentrantLock;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/**
 * One message of a conversation at a time, across every app instance: a lease in the store (taken by an
 * upsert that only matches an expired lease), behind a local lock so threads of one instance queue cheaply.
 */
@Component
class ConversationLocks {

    private static final String LOCKS = "locks";
    private static final Duration LEASE = Duration.ofSeconds(30);
    private static final Duration PATIENCE = Duration.ofSeconds(10);

    private final MongoTemplate mongo;
    private final Clock clock;
    private final String owner = UUID.randomUUID().toString();
    private final ReentrantLock[] stripes = new ReentrantLock[64];

    ConversationLocks(MongoTemplate mongo, Clock clock) {
        this.mongo = mongo;
        this.clock = clock;
        for (int i = 0; i < stripes.length; i++) {
            stripes[i] = new ReentrantLock();
        }
    }

    /** Held until closed. */
    interface Lease extends AutoCloseable {
        @Override
        void close();
    }

    Lease acquire(String conversationId) {
        ReentrantLock local = stripes[Math.floorMod(conversationId.hashCode(), stripes.length)];
        local.lock();
        try {
            takeLease(conversationId);
        } catch (RuntimeException e) {
            local.unlock();
            throw e;
        }
        return () -> {
            try {
                mongo.remove(Query.query(Criteria.where("_id").is(conversationId).and("owner").is(owner)), LOCKS);
            } finally {
                local.unlock();
            }
        };
    }

    private void takeLease(String conversationId) {
        Instant giveUp = clock.instant().plus(PATIENCE);
        while (true) {
            Instant now = clock.instant();
            try {
                mongo.upsert(Query.query(Criteria.where("_id").is(conversationId).and("until").lt(now)),
                        new Update().set("owner", owner).set("until", now.plus(LEASE)), LOCKS);
                return;
            } catch (DuplicateKeyException heldElsewhere) {
                if (now.isAfter(giveUp)) {
                    throw new ConversationBusyException(conversationId);
                }
                try {
                    Thread.sleep(10);
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    throw new ConversationBusyException(conversationId);
                }
            }
        }
    }
}
