package org.helpline.conversation;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import java.util.concurrent.locks.ReentrantLock;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/**
 * One message of a conversation at a time, across every app instance: a lease kept in the conversation's own
 * document, behind a local lock so threads of one instance queue cheaply instead of polling the store. Taking
 * the lease also reads the conversation, and the update that stores the conversation's next version gives the
 * lease back, so a message costs two round trips, not a read and two lease writes besides. A holder that died
 * leaves a lease that simply runs out.
 */
@Component
class ConversationLocks {

    private static final Duration LEASE = Duration.ofSeconds(30);
    private static final Duration PATIENCE = Duration.ofSeconds(10);

    private final MongoTemplate mongo;
    private final Clock clock;
    private final ReentrantLock[] stripes = new ReentrantLock[64];

    ConversationLocks(MongoTemplate mongo, Clock clock) {
        this.mongo = mongo;
        this.clock = clock;
        for (int i = 0; i < stripes.length; i++) {
            stripes[i] = new ReentrantLock();
        }
    }

    /** The conversation, held until closed or saved. */
    final class Held implements AutoCloseable {

        private final ReentrantLock local;
        private final Conversation taken;
        private boolean released;

        private Held(ReentrantLock local, Conversation taken) {
            this.local = local;
            this.taken = taken;
        }

        /** The conversation as stored when the lease was taken (the lease in it is this one). */
        Conversation conversation() {
            return taken;
        }

        /** Stores the conversation's next version and gives the lease back, in one update. */
        void save(Conversation next) {
            var result = mongo.replace(Query.query(Criteria.where("_id").is(taken.id())
                    .and("version").is(taken.version()).and("lease.token").is(taken.lease().token())), next.released());
            if (result.getMatchedCount() != 1) {
                throw new OptimisticLockingFailureException("Conversation " + taken.id() + " changed underneath");
            }
            released = true;
        }

        /** Deletes the conversation, which ends the lease with it. */
        void remove() {
            mongo.remove(Query.query(Criteria.where("_id").is(taken.id()).and("lease.token").is(taken.lease().token())),
                    Conversation.class);
            released = true;
        }

        @Override
        public void close() {
            try {
                if (!released) {
                    mongo.updateFirst(Query.query(Criteria.where("_id").is(taken.id())
                            .and("lease.token").is(taken.lease().token())), new Update().unset("lease"), Conversation.class);
                }
            } finally {
                local.unlock();
            }
        }
    }

    /**
     * Takes the conversation's lease, waiting a while for another holder to finish.
     *
     * @throws UnknownConversationException if there is no such conversation
     * @throws ConversationBusyException if it stays held
     */
    Held acquire(String conversationId) {
        ReentrantLock local = stripes[Math.floorMod(conversationId.hashCode(), stripes.length)];
        local.lock();
        try {
            return new Held(local, take(conversationId));
        } catch (RuntimeException e) {
            local.unlock();
            throw e;
        }
    }

    private Conversation take(String conversationId) {
        Instant giveUp = clock.instant().plus(PATIENCE);
        String token = UUID.randomUUID().toString();
        while (true) {
            Instant now = clock.instant();
            Query free = Query.query(Criteria.where("_id").is(conversationId).orOperator(
                    Criteria.where("lease").is(null), Criteria.where("lease.until").lt(now)));
            Conversation taken = mongo.findAndModify(free,
                    new Update().set("lease", new Conversation.Lease(token, now.plus(LEASE))),
                    FindAndModifyOptions.options().returnNew(true), Conversation.class);
            if (taken != null) {
                return taken;
            }
            if (!mongo.exists(Query.query(Criteria.where("_id").is(conversationId)), Conversation.class)) {
                throw new UnknownConversationException(conversationId);
            }
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
