package org.helpline.store;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/** Writers share commits, and none returns before a commit that covers its change. */
class GroupCommitTest {

    private final AtomicLong changes = new AtomicLong();
    private final AtomicLong durableChanges = new AtomicLong();
    private final AtomicInteger commits = new AtomicInteger();

    @Test
    void writersQueuedBehindACommitShareTheNextOne() throws Exception {
        CountDownLatch firstCommitMayEnd = new CountDownLatch(1);
        GroupCommit group = new GroupCommit(() -> {
            if (commits.incrementAndGet() == 1) {
                awaitUninterruptibly(firstCommitMayEnd);
            }
            durableChanges.set(changes.get());
        });
        List<Throwable> failures = new ArrayList<>();
        Thread first = writer(group, failures);
        await().until(() -> first.getState() == Thread.State.WAITING);
        List<Thread> queued = new ArrayList<>();
        for (int i = 0; i < 15; i++) {
            queued.add(writer(group, failures));
        }
        // All fifteen wait for the commit running now, none has changed anything yet.
        await().until(() -> queued.stream().allMatch(t -> t.getState() == Thread.State.WAITING));
        assertThat(changes.get()).isEqualTo(1);
        firstCommitMayEnd.countDown();
        first.join();
        for (Thread writer : queued) {
            writer.join();
        }
        assertThat(failures).isEmpty();
        assertThat(changes.get()).isEqualTo(16);
        assertThat(commits.get()).isEqualTo(2);
    }

    @Test
    void manyConcurrentWritersEachReturnOnlyOnceTheirChangeIsCommitted() throws Exception {
        GroupCommit group = new GroupCommit(() -> {
            commits.incrementAndGet();
            durableChanges.set(changes.get());
        });
        List<Throwable> failures = new ArrayList<>();
        List<Thread> writers = new ArrayList<>();
        for (int i = 0; i < 16; i++) {
            writers.add(Thread.ofPlatform().start(() -> {
                for (int n = 0; n < 200; n++) {
                    writeAndCheck(group, failures);
                }
            }));
        }
        for (Thread writer : writers) {
            writer.join();
        }
        assertThat(failures).isEmpty();
        assertThat(changes.get()).isEqualTo(3200);
        assertThat(commits.get()).isBetween(1, 3200);
    }

    @Test
    void aFailedChangeIsCommittedBeforeItsFailureIsPassedOn() {
        GroupCommit group = new GroupCommit(() -> durableChanges.set(changes.get()));
        assertThatThrownBy(() -> group.write(() -> {
            changes.incrementAndGet();
            throw new IllegalStateException("duplicate key");
        })).hasMessage("duplicate key");
        assertThat(durableChanges.get()).isEqualTo(1);
    }

    @Test
    void aFailedCommitAcknowledgesNothingAndTheNextWriterCommitsAgain() {
        AtomicInteger attempts = new AtomicInteger();
        GroupCommit group = new GroupCommit(() -> {
            if (attempts.incrementAndGet() == 1) {
                throw new IllegalStateException("disk full");
            }
            durableChanges.set(changes.get());
        });
        assertThatThrownBy(() -> group.write(changes::incrementAndGet)).hasMessage("disk full");
        assertThat(durableChanges.get()).isZero();
        assertThat(group.write(changes::incrementAndGet)).isEqualTo(2);
        assertThat(durableChanges.get()).isEqualTo(2);
    }

    private Thread writer(GroupCommit group, List<Throwable> failures) {
        return Thread.ofPlatform().start(() -> writeAndCheck(group, failures));
    }

    private void writeAndCheck(GroupCommit group, List<Throwable> failures) {
        try {
            long mine = group.write(changes::incrementAndGet);
            assertThat(durableChanges.get()).as("committed when write %d returned", mine).isGreaterThanOrEqualTo(mine);
        } catch (Throwable e) {
            synchronized (failures) {
                failures.add(e);
            }
        }
    }

    private static void awaitUninterruptibly(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
