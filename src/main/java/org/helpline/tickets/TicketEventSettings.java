package org.helpline.tickets;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Delivering ticket events again ({@code helpline.tickets.events.*}).
 *
 * @param redeliverAfter an event still unheard this long after it happened was lost to a crash or a failing
 *                       listener, and is delivered again (one whose change never landed is dropped then)
 * @param sweepEvery     how often one app instance looks for such events
 */
@ConfigurationProperties("helpline.tickets.events")
record TicketEventSettings(Duration redeliverAfter, Duration sweepEvery) {

    TicketEventSettings {
        redeliverAfter = redeliverAfter == null ? Duration.ofMinutes(1) : redeliverAfter;
        sweepEvery = sweepEvery == null ? Duration.ofSeconds(30) : sweepEvery;
    }
}
