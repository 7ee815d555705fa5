package org.helpline.store;

import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.Lock;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;

/**
 * One commit for every write applied since the last: a writer applies its change in memory, then waits until a
 * commit that started after its change has finished. The first waiter to find no commit running runs one
 * itself, covering every write applied so far; the others wait for it. While it commits, the next writes queue
 * up (commits exclude writes, so a commit never stores half a write), and the next commit takes them all.
 */
final class GroupCommit {

    private final Runnable commit;
    /** Held by each write while it changes the store, and by each commit: fair, so queued writes go first. */
    private final Lock writes = new ReentrantLock(true);
    private final AtomicLong applied = new AtomicLong();
    private final Lock state = new ReentrantLock();
    private final Condition committed = state.newCondition();
    private long durable;
    private boolean committing;

    GroupCommit(Runnable commit) {
        this.commit = commit;
    }

    /**
     * Runs {@code change} with no other write and no commit beside it, then waits for a commit that covers it.
     * A change that threw may have altered something before it failed: it is committed like the others before
     * its failure is passed on.
     */
    <T> T write(Supplier<T> change) {
        T result = null;
        RuntimeException failure = null;
        long number;
        writes.lock();
        try {
            result = change.get();
        } catch (RuntimeException e) {
            failure = e;
        } finally {
            number = applied.incrementAndGet();
            writes.unlock();
        }
        awaitDurable(number);
        if (failure != null) {
            throw failure;
        }
        return result;
    }

    /** Returns once write number {@code write} is on disk, committing it (and all before it) if no one is. */
    private void awaitDurable(long write) {
        state.lock();
        try {
            while (durable < write) {
                if (committing) {
                    committed.awaitUninterruptibly();
                } else {
                    commitAllApplied();
                }
            }
        } finally {
            state.unlock();
        }
    }

    /** Called holding {@code state}; releases it while the commit runs so that writers can queue for it. */
    private void commitAllApplied() {
        committing = true;
        state.unlock();
        long covered = -1;
        try {
            writes.lock();
            try {
                long upTo = applied.get();
                commit.run();
                covered = upTo;
            } finally {
                writes.unlock();
            }
        } finally {
            state.lock();
            committing = false;
            // A failed commit covers nothing: the next waiter tries again, and the failure reaches this writer.
            if (covered > durable) {
                durable = covered;
            }
            committed.signalAll();
        }
    }
}
