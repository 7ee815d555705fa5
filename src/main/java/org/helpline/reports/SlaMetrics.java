package org.helpline.reports;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.MultiGauge;
import io.micrometer.core.instrument.Tags;
import org.helpline.store.ScheduledJobs;
import org.helpline.tickets.Priority;
import org.springframework.stereotype.Component;

/**
 * The SLA report of the last {@code metricsWindow} as gauges per priority and channel, for Prometheus
 * ({@code /actuator/prometheus}). Computed from the store every {@code metricsRefresh} rather than counted from
 * ticket events, so every instance shows the same figures and a restart loses nothing. A time or a share with no
 * ticket behind it in the window is left out rather than shown as zero.
 */
@Component
class SlaMetrics {

    private final SlaReports reports;
    private final Clock clock;
    private final Duration window;
    private final List<Figure> figures;

    /** One gauge: its value per group, or null to leave the group out. */
    private record Figure(MultiGauge gauge, Function<Tally, Number> value) {
    }

    private record Group(Priority priority, String channel) {

        Tags tags() {
            return Tags.of("priority", priority.name().toLowerCase(Locale.ROOT), "channel", channel);
        }
    }

    SlaMetrics(SlaReports reports, Clock clock, ReportSettings settings, MeterRegistry registry, ScheduledJobs jobs) {
        this.reports = reports;
        this.clock = clock;
        this.window = settings.metricsWindow();
        Gauge.builder("helpline.sla.window", window, Duration::toSeconds).baseUnit("seconds")
                .description("How far back the helpline.sla gauges look").register(registry);
        this.figures = List.of(
                figure(registry, "helpline.sla.tickets.opened", null, "Tickets opened in the window", Tally::opened),
                figure(registry, "helpline.sla.tickets.resolved", null, "Tickets resolved in the window", Tally::resolved),
                figure(registry, "helpline.sla.first.response.median", "seconds",
                        "Median business time to the first response", tally -> seconds(tally.responseTimes().median())),
                figure(registry, "helpline.sla.first.response.p90", "seconds",
                        "90th percentile of the business time to the first response", tally -> seconds(tally.responseTimes().p90())),
                figure(registry, "helpline.sla.resolution.median", "seconds",
                        "Median business time to resolution", tally -> seconds(tally.resolutionTimes().median())),
                figure(registry, "helpline.sla.resolution.p90", "seconds",
                        "90th percentile of the business time to resolution", tally -> seconds(tally.resolutionTimes().p90())),
                figure(registry, "helpline.sla.response.met", "ratio",
                        "Share of first-response targets met", tally -> ratio(tally.response().metPercent())),
                figure(registry, "helpline.sla.resolution.met", "ratio",
                        "Share of resolution targets met", tally -> ratio(tally.resolution().metPercent())),
                figure(registry, "helpline.sla.response.breaches", null,
                        "First-response targets missed", tally -> tally.response().missed()),
                figure(registry, "helpline.sla.resolution.breaches", null,
                        "Resolution targets missed", tally -> tally.resolution().missed()),
                figure(registry, "helpline.sla.reopened", "ratio",
                        "Share of resolved tickets the client reopened", tally -> ratio(tally.reopenPercent())),
                figure(registry, "helpline.sla.rating.average", null,
                        "Mean of the clients' ratings (1-5) given in the window", Tally::averageRating));
        // Every instance shows its own gauges, so every instance computes them, the first time right at start-up.
        jobs.onEveryInstance("sla-metrics", Duration.ZERO, settings.metricsRefresh(), this::refresh);
    }

    /** Computes every gauge again for the window ending now. */
    synchronized void refresh() {
        Instant now = clock.instant();
        Map<Group, Tally> tallies = reports.tally(new ReportPeriod(now.minus(window), now),
                ticket -> new Group(ticket.priority(), ticket.channel()));
        for (Figure figure : figures) {
            List<MultiGauge.Row<?>> rows = new ArrayList<>();
            tallies.forEach((group, tally) -> {
                Number value = figure.value().apply(tally);
                if (value != null) {
                    rows.add(MultiGauge.Row.of(group.tags(), value));
                }
            });
            figure.gauge().register(rows, true);
        }
    }

    private static Figure figure(MeterRegistry registry, String name, String unit, String description,
                                 Function<Tally, Number> value) {
        return new Figure(MultiGauge.builder(name).baseUnit(unit).description(description).register(registry), value);
    }

    private static Double seconds(Duration time) {
        return time == null ? null : time.toMillis() / 1000.0;
    }

    private static Double ratio(Double percent) {
        return percent == null ? null : percent / 100;
    }
}
