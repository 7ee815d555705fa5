package org.helpline.tickets;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.helpline.testing.RunningApp;
import org.helpline.testing.ShiftedClock;
import org.helpline.testing.ShiftedClockConfiguration;
import org.helpline.testing.TwoInstances;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.helpline.tickets.BusinessHoursUnitTest.msk;

/**
 * Every instance runs the SLA watch; with two on one store, checking at the same moment, each warning and each
 * escalation still happens once per cluster (twice would escalate a ticket two tiers at once).
 */
class SlaOncePerClusterIntegrationTest {

    @Test
    void bothInstancesWatchingWarnAndEscalateOnce() throws Exception {
        try (TwoInstances instances = TwoInstances.start(List.of(ShiftedClockConfiguration.class),
                "--helpline.sla.check-interval=1h")) {
            Tickets tickets = instances.first().bean(Tickets.class);
            at(instances, "2026-12-14T10:00");
            String number = tickets.open(new NewTicket(UUID.randomUUID().toString(), "sla-" + UUID.randomUUID(),
                    new Client("Иванова Анна", "Д-20417", "+79123456789", null, "web"),
                    "Не работает 1С у всей бухгалтерии", Priority.CRITICAL, List.of(), msk("2026-12-14T10:00"),
                    "1")).number(); // respond by 11:00: a warning from 10:48, an escalation from 11:00

            checkTogether(instances, "2026-12-14T10:49");
            checkTogether(instances, "2026-12-14T10:50");
            checkTogether(instances, "2026-12-14T11:01");
            checkTogether(instances, "2026-12-14T11:02");

            for (RunningApp instance : instances.both()) {
                Ticket seen = instance.bean(Tickets.class).find(number).orElseThrow();
                assertThat(seen.history().stream().map(HistoryEntry::event))
                        .containsOnlyOnce("sla_warning", "escalated");
                assertThat(seen.tier()).isEqualTo(Tier.L2);
            }
        }
    }

    private static void at(TwoInstances instances, String moscowTime) {
        instances.both().forEach(instance -> instance.bean(ShiftedClock.class).set(msk(moscowTime)));
    }

    /** Both instances' watches check at the same moment, three rounds each, as their timers might. */
    private static void checkTogether(TwoInstances instances, String moscowTime) throws Exception {
        at(instances, moscowTime);
        List<Callable<Void>> checks = new ArrayList<>();
        for (int round = 0; round < 3; round++) {
            for (RunningApp instance : instances.both()) {
                checks.add(() -> {
                    instance.bean(SlaWatch.class).check();
                    return null;
                });
            }
        }
        try (ExecutorService pool = Executors.newVirtualThreadPerTaskExecutor()) {
            for (Future<Void> check : pool.invokeAll(checks)) {
                check.get();
            }
        }
    }
}
