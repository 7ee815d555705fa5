package org.helpline.load;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;

/**
 * One timed phase: N workers at once, each repeating whole intakes until the deadline, or its own count with
 * {@code --intakes}. A failed intake is counted and the next one starts, so the rate is of complete intakes.
 */
final class Phase {

    /** One whole intake, from the first request or write to the ticket number. */
    @FunctionalInterface
    interface Intake {
        void run() throws Exception;
    }

    /** Enough to see what went wrong without flooding the output when everything fails. */
    private static final int ERRORS_KEPT = 3;

    private final AtomicLong intakes = new AtomicLong();
    private final AtomicLong failures = new AtomicLong();
    private final Queue<String> firstErrors = new ConcurrentLinkedQueue<>();
    private long elapsedNanos;

    private Phase() {
    }

    static Phase run(int workers, Duration duration, int intakesPerWorker, Intake intake)
            throws InterruptedException, ExecutionException {
        Phase phase = new Phase();
        long start = System.nanoTime();
        long deadline = start + duration.toNanos();
        try (ExecutorService pool = Executors.newVirtualThreadPerTaskExecutor()) {
            List<Future<?>> running = new ArrayList<>();
            for (int i = 0; i < workers; i++) {
                running.add(pool.submit(() -> {
                    for (int done = 0; intakesPerWorker > 0 ? done < intakesPerWorker : System.nanoTime() < deadline;
                         done++) {
                        phase.attempt(intake);
                    }
                    return null;
                }));
            }
            // get(), not just closing the pool: an Error in a worker must stop the run, not vanish.
            for (Future<?> worker : running) {
                worker.get();
            }
        }
        phase.elapsedNanos = System.nanoTime() - start;
        return phase;
    }

    private void attempt(Intake intake) {
        try {
            intake.run();
            intakes.incrementAndGet();
        } catch (Exception e) {
            if (failures.incrementAndGet() <= ERRORS_KEPT) {
                firstErrors.add(e.getClass().getSimpleName() + ": " + e.getMessage());
            }
        }
    }

    long intakes() {
        return intakes.get();
    }

    long failures() {
        return failures.get();
    }

    List<String> firstErrors() {
        return List.copyOf(firstErrors);
    }

    double seconds() {
        return elapsedNanos / 1e9;
    }

    double perSecond(long count) {
        return count / seconds();
    }

    double intakesPerSecond() {
        return perSecond(intakes());
    }
}
