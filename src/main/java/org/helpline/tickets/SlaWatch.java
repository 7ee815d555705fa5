package org.helpline.tickets;

import java.time.Clock;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Looks at every running SLA clock each {@code helpline.sla.check-interval} and lets {@link Tickets} warn and
 * escalate what is due, and closes the resolutions the client left unanswered too long. Every instance does so;
 * the store makes each warning, escalation and closing happen once.
 */
@Component
class SlaWatch implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(SlaWatch.class);

    private final Tickets tickets;
    private final Clock clock;
    private final ScheduledExecutorService worker = Executors.newSingleThreadScheduledExecutor(
            Thread.ofPlatform().name("sla-watch").daemon().factory());

    SlaWatch(Tickets tickets, SlaSettings settings, Clock clock) {
        this.tickets = tickets;
        this.clock = clock;
        long every = settings.checkInterval().toMillis();
        worker.scheduleWithFixedDelay(this::checkQuietly, every, every, TimeUnit.MILLISECONDS);
    }

    /** One round over the running clocks and the unanswered resolutions, at the clock's now. */
    void check() {
        for (Ticket ticket : tickets.running()) {
            tickets.enforceSla(ticket, clock.instant());
        }
        tickets.closeUnanswered(clock.instant());
    }

    private void checkQuietly() {
        try {
            check();
        } catch (RuntimeException e) {
            log.warn("SLA check failed; the next one will try again", e);
        }
    }

    @Override
    public void close() {
        worker.shutdownNow();
    }
}
