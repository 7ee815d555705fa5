package org.helpline.reports;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.helpline.tickets.BusinessHoursSettings;
import org.helpline.tickets.Priority;
import org.helpline.tickets.SlaClock;
import org.helpline.tickets.Tickets;
import org.helpline.tickets.Tier;
import org.springframework.stereotype.Component;

/** Computes SLA figures from the stored tickets, grouped as the report or the metrics need. Reads only. */
@Component
class SlaReports {

    private final Tickets tickets;
    private final SlaClock slaClock;
    private final Clock clock;
    private final ZoneId zone;

    SlaReports(Tickets tickets, SlaClock slaClock, Clock clock, BusinessHoursSettings businessHours) {
        this.tickets = tickets;
        this.slaClock = slaClock;
        this.clock = clock;
        this.zone = businessHours.zone();
    }

    /** The zone whose calendar days a period given as dates means. */
    ZoneId zone() {
        return zone;
    }

    /** Every priority at every tier, in that order, including those with nothing in the period. */
    SlaReport report(ReportPeriod period) {
        Map<Row, Tally> tallies = tally(period, ticket -> new Row(ticket.priority(), ticket.tier()));
        List<SlaRow> rows = new ArrayList<>();
        for (Priority priority : Priority.values()) {
            for (Tier tier : Tier.values()) {
                rows.add(SlaRow.of(priority, tier, tallies.getOrDefault(new Row(priority, tier), new Tally())));
            }
        }
        return new SlaReport(period.from().atZone(zone).toOffsetDateTime(), period.to().atZone(zone).toOffsetDateTime(), rows);
    }

    /** The figures of the period per group, for the groups that have tickets in it. */
    <K> Map<K, Tally> tally(ReportPeriod period, Function<TicketSla, K> group) {
        Map<K, Tally> tallies = new LinkedHashMap<>();
        Instant now = clock.instant();
        for (var ticket : tickets.activeBetween(period.from(), period.to())) {
            TicketSla sla = TicketSla.of(ticket, slaClock, now);
            tallies.computeIfAbsent(group.apply(sla), key -> new Tally()).add(sla, period);
        }
        return tallies;
    }

    private record Row(Priority priority, Tier tier) {
    }
}
