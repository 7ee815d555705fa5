package org.helpline.reports;

import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The report's rows as CSV (RFC 4180): a header line, then one line per priority and tier, lines ending in CRLF;
 * a field with a comma, a quote or a line break is quoted, quotes doubled. Empty fields where a figure has no value.
 */
final class SlaCsv {

    static final String HEADER = String.join(",", "priority", "tier", "opened", "resolved",
            "first_response_median_min", "first_response_p90_min", "resolution_median_min", "resolution_p90_min",
            "response_met_percent", "response_breaches", "response_breach_tickets",
            "resolution_met_percent", "resolution_breaches", "resolution_breach_tickets", "reopen_percent",
            "ratings", "rating_average");

    private SlaCsv() {
    }

    static String of(SlaReport report) {
        StringBuilder csv = new StringBuilder(HEADER).append("\r\n");
        for (SlaRow row : report.rows()) {
            csv.append(Stream.of(row.priority(), row.tier(), row.opened(), row.resolved(),
                            row.firstResponseMinutes().median(), row.firstResponseMinutes().p90(),
                            row.resolutionMinutes().median(), row.resolutionMinutes().p90(),
                            row.responseSla().metPercent(), row.responseSla().missed(), tickets(row.responseSla()),
                            row.resolutionSla().metPercent(), row.resolutionSla().missed(), tickets(row.resolutionSla()),
                            row.reopenPercent(), row.rated(), row.averageRating())
                    .map(SlaCsv::field).collect(Collectors.joining(","))).append("\r\n");
        }
        return csv.toString();
    }

    private static String tickets(Compliance compliance) {
        return String.join(", ", compliance.breaches());
    }

    private static String field(Object value) {
        String text = Objects.toString(value, "");
        if (text.contains(",") || text.contains("\"") || text.contains("\r") || text.contains("\n")) {
            return "\"" + text.replace("\"", "\"\"") + "\"";
        }
        return text;
    }
}
