package org.helpline.tickets;

import java.time.Clock;

import org.helpline.store.ScheduledJobs;
import org.springframework.stereotype.Component;

/**
 * Looks at every running SLA clock each {@code helpline.sla.check-interval} and lets {@link Tickets} warn and
 * escalate what is due, and closes the resolutions the client left unanswered too long. One instance of a cluster
 * does so per interval; should two ever run at once, the store still makes each warning, escalation and closing
 * happen once.
 */
@Component
class SlaWatch {

    private final Tickets tickets;
    private final Clock clock;

    SlaWatch(Tickets tickets, SlaSettings settings, Clock clock, ScheduledJobs jobs) {
        this.tickets = tickets;
        this.clock = clock;
        jobs.onOneInstance("sla-watch", settings.checkInterval(), settings.checkInterval(), this::check);
    }

    /** One round over the running clocks and the unanswered resolutions, at the clock's now. */
    void check() {
        for (Ticket ticket : tickets.running()) {
            tickets.enforceSla(ticket, clock.instant());
        }
        tickets.closeUnanswered(clock.instant());
    }
}
