package org.helpline.store;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ScheduledFuture;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.scheduling.TaskScheduler;
import org.springframework.stereotype.Component;

/**
 * The one way the app runs periodic work: jobs declared while the app is built, run on Spring's task scheduler
 * from start-up until shutdown. A job runs on every instance, or on one instance at a time under a store lease
 * taken for its period, so a cluster does it once per period and the survivor carries on when an instance dies.
 * A failed run is logged and the next one tries again.
 */
@Component
public class ScheduledJobs implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(ScheduledJobs.class);
    private static final String LEASES = "job_leases";

    private record Job(String name, Duration firstAfter, Duration every, Runnable work) {
    }

    private final TaskScheduler scheduler;
    private final Leases leases;
    private final Clock clock;
    private final String instance = UUID.randomUUID().toString();
    private final List<Job> jobs = new ArrayList<>();
    private final List<ScheduledFuture<?>> running = new ArrayList<>();

    ScheduledJobs(TaskScheduler scheduler, Leases leases, Clock clock) {
        this.scheduler = scheduler;
        this.leases = leases;
        this.clock = clock;
    }

    /** Runs {@code work} on this instance every {@code every}, the first time {@code firstAfter} after start-up. */
    public synchronized void onEveryInstance(String name, Duration firstAfter, Duration every, Runnable work) {
        jobs.add(new Job(name, firstAfter, every, work));
    }

    /** Runs {@code work} every {@code every} on whichever instance holds the job's lease for that period. */
    public synchronized void onOneInstance(String name, Duration firstAfter, Duration every, Runnable work) {
        jobs.add(new Job(name, firstAfter, every, () -> {
            if (leases.tryTake(LEASES, name, instance, every)) {
                work.run();
            }
        }));
    }

    @Override
    public synchronized void start() {
        for (Job job : jobs) {
            running.add(scheduler.scheduleWithFixedDelay(() -> runQuietly(job), clock.instant().plus(job.firstAfter()),
                    job.every()));
        }
    }

    @Override
    public synchronized void stop() {
        running.forEach(future -> future.cancel(false));
        running.clear();
    }

    @Override
    public synchronized boolean isRunning() {
        return !running.isEmpty();
    }

    private static void runQuietly(Job job) {
        try {
            job.work().run();
        } catch (RuntimeException e) {
            log.warn("Scheduled job {} failed; its next run will try again", job.name(), e);
        }
    }
}
