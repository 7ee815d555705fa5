package org.helpline.reports;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The SLA metrics, as {@code helpline.reports.*}.
 *
 * @param metricsWindow  how far back the Prometheus gauges look: they are the report of the last this long
 *                       (default 7 days; {@code HELPLINE_REPORTS_METRICSWINDOW})
 * @param metricsRefresh how often the gauges are computed again from the store (default 1 minute)
 */
@ConfigurationProperties("helpline.reports")
public record ReportSettings(Duration metricsWindow, Duration metricsRefresh) {

    public ReportSettings {
        metricsWindow = metricsWindow == null || !metricsWindow.isPositive() ? Duration.ofDays(7) : metricsWindow;
        metricsRefresh = metricsRefresh == null || !metricsRefresh.isPositive() ? Duration.ofMinutes(1) : metricsRefresh;
    }
}
