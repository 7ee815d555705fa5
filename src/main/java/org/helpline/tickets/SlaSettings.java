package org.helpline.tickets;

import java.time.Duration;
import java.util.Locale;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The SLA targets per priority, as {@code helpline.sla.<priority>.response} and {@code .resolve} (env e.g.
 * {@code HELPLINE_SLA_CRITICAL_RESPONSE=30m}); what is not set keeps the regulations' default from {@link Priority}
 * (critical 1 h / 4 h, urgent 2 h / 8 h, normal 8 h / 24 h, low 24 h / 72 h of working time).
 *
 * @param warnAtPercent how much of a target's business time may pass before staff are warned (default 80)
 * @param checkInterval how often running clocks are checked for warnings and overdue targets (default 30 s)
 */
@ConfigurationProperties("helpline.sla")
public record SlaSettings(SlaTargets critical, SlaTargets urgent, SlaTargets normal, SlaTargets low,
                          Integer warnAtPercent, Duration checkInterval) {

    public SlaSettings {
        warnAtPercent = warnAtPercent == null ? 80 : warnAtPercent;
        if (warnAtPercent < 1 || warnAtPercent > 99) {
            throw new IllegalArgumentException("helpline.sla.warn-at-percent must be between 1 and 99, not " + warnAtPercent);
        }
        checkInterval = checkInterval == null || !checkInterval.isPositive() ? Duration.ofSeconds(30) : checkInterval;
        critical = complete(critical, Priority.CRITICAL);
        urgent = complete(urgent, Priority.URGENT);
        normal = complete(normal, Priority.NORMAL);
        low = complete(low, Priority.LOW);
    }

    public static SlaSettings defaults() {
        return new SlaSettings(null, null, null, null, null, null);
    }

    public SlaTargets of(Priority priority) {
        return switch (priority) {
            case CRITICAL -> critical;
            case URGENT -> urgent;
            case NORMAL -> normal;
            case LOW -> low;
        };
    }

    /** The business time after which staff are warned that {@code target} is running out. */
    public Duration warningAfter(Duration target) {
        return target.multipliedBy(warnAtPercent).dividedBy(100);
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
