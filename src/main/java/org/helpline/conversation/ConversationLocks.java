package org.helpline.conversation;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import java.util.concurrent.locks.ReentrantLock;

import org.helpline.store.Leases;
import org.springframework.stereotype.Component;

/**
 * One message of a conversation at a time, across every app instance: a lease in the store, behind a local
 * lock so threads of one instance queue cheaply instead of polling the store.
 */
@Component
class ConversationLocks {

    private static final String LOCKS = "locks";
    private static final Duration LEASE = Duration.ofSeconds(30);
    private static final Duration PATIENCE = Duration.ofSeconds(10);

    private final Leases leases;
    private final Clock clock;
    private final String owner = UUID.randomUUID().toString();
    private final ReentrantLock[] stripes = new ReentrantLock[64];

    ConversationLocks(Leases leases, Clock clock) {
        this.leases = leases;
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
                leases.release(LOCKS, conversationId, owner);
            } finally {
                local.unlock();
            }
        };
    }

    private void takeLease(String conversationId) {
        Instant giveUp = clock.instant().plus(PATIENCE);
        while (!leases.tryTake(LOCKS, conversationId, owner, LEASE)) {
            if (clock.instant().isAfter(giveUp)) {
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
