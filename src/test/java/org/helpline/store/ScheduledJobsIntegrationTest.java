package org.helpline.store;

import static org.awaitility.Awaitility.await;

import java.time.Clock;
import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import org.helpline.testing.ChatApiTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.scheduling.TaskScheduler;

/** Two instances' schedulers over one store: a job for one instance runs once per period, the others on each. */
@ChatApiTest
class ScheduledJobsIntegrationTest {

    @Autowired
    TaskScheduler scheduler;
    @Autowired
    Leases leases;
    @Autowired
    Clock clock;

    @Test
    void aJobForOneInstanceRunsOncePerPeriodThoughBothInstancesScheduleIt() {
        String name = "test-job-" + UUID.randomUUID();
        AtomicInteger once = new AtomicInteger();
        AtomicInteger onEach = new AtomicInteger();
        ScheduledJobs first = new ScheduledJobs(scheduler, leases, clock);
        ScheduledJobs second = new ScheduledJobs(scheduler, leases, clock);
        for (ScheduledJobs instance : new ScheduledJobs[]{first, second}) {
            instance.onOneInstance(name, Duration.ZERO, Duration.ofHours(1), once::incrementAndGet);
            instance.onEveryInstance(name + "-each", Duration.ZERO, Duration.ofHours(1), onEach::incrementAndGet);
        }
        first.start();
        second.start();
        try {
            await().atMost(Duration.ofSeconds(30)).until(() -> onEach.get() == 2);
            await().during(Duration.ofSeconds(1)).atMost(Duration.ofSeconds(5)).until(() -> once.get() == 1);
        } finally {
            first.stop();
            second.stop();
        }
    }
}
