package org.helpline.tickets;

import java.time.Duration;
import java.util.Locale;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The SLA targets per priority, as {@code helpline.sla.<priority>.response} and {@code .resolve} (env e.g.
 * {@code HELPLINE_SLA_CRITICAL_RESPONSE=30m}); what is not set keeps the regulations' default from {@link Priority}
 * (critical 1 h / 4 h, urgent 2 h / 8 h, normal 8 h / 24 h, low 24 h / 72 h of working time).
 */
@ConfigurationProperties("helpline.sla")
public record SlaSettings(SlaTargets critical, SlaTargets urgent, SlaTargets normal, SlaTargets low) {

    public SlaSettings {
        critical = complete(critical, Priority.CRITICAL);
        urgent = complete(urgent, Priority.URGENT);
        normal = complete(normal, Priority.NORMAL);
        low = complete(low, Priority.LOW);
    }

    public static SlaSettings defaults() {
        return new SlaSettings(null, null, null, null);
    }

    public SlaTargets of(Priority priority) {
        return switch (priority) {
            case CRITICAL -> critical;
            case URGENT -> urgent;
            case NORMAL -> normal;
            case LOW -> low;
        };
    }

    private static SlaTargets complete(SlaTargets configured, Priority priority) {
        Duration response = configured == null || configured.response() == null ? priority.responseTime() : configured.response();
        Duration resolve = configured == null || configured.resolve() == null ? priority.resolveTime() : configured.resolve();
        String name = "helpline.sla." + priority.name().toLowerCase(Locale.ROOT);
        if (!response.isPositive() || !resolve.isPositive()) {
            throw new IllegalArgumentException(name + ".response and .resolve must be positive durations, e.g. 2h or 30m");
        }
        if (resolve.compareTo(response) < 0) {
            throw new IllegalArgumentException(name + ".resolve (" + resolve + ") must not be shorter than .response (" + response + ")");
        }
        return new SlaTargets(response, resolve);
    }
}
