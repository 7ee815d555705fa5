package org.helpline.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.helpline.testing.ChatApiTest;
import org.helpline.testing.ShiftedClock;
import org.helpline.testing.ShiftedClockConfiguration;
import org.helpline.tickets.Tickets;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The lead's SLA report over HTTP, on {@link KnownTickets} stored through the real store. */
@ChatApiTest
@Import(ShiftedClockConfiguration.class)
@TestPropertySource(properties = {"helpline.sla.check-interval=1h", "helpline.reports.metrics-refresh=1h",
        "helpline.reports.metrics-window=30d"})
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SlaReportIntegrationTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String TOKEN = "test-staff-token";

    @LocalServerPort
    int port;
    @Autowired
    ShiftedClock clock;
    @Autowired
    Tickets tickets;
    @Autowired
    SlaMetrics metrics;

    private final HttpClient http = HttpClient.newHttpClient();
    private KnownTickets known;

    @BeforeAll
    void storeTheKnownTickets() {
        known = new KnownTickets(tickets, clock);
    }

    @Test
    void theFiguresPerPriorityAndTierAreThoseWorkedOutByHand() {
        JsonNode report = json(get("/api/reports/sla?from=2026-12-14&to=2026-12-25", Map.of()));
        assertThat(report.path("from").asString()).isEqualTo("2026-12-14T00:00:00+03:00");
        assertThat(report.path("to").asString()).isEqualTo("2026-12-26T00:00:00+03:00");
        assertThat(report.path("rows")).hasSize(12);

        JsonNode critical = row(report, "CRITICAL", "L1");
        assertThat(critical.path("opened").asInt()).isEqualTo(3);
        assertThat(critical.path("resolved").asInt()).isEqualTo(3);
        assertThat(minutes(critical, "firstResponseMinutes")).containsExactly(40.0, 80.0);
        assertThat(minutes(critical, "resolutionMinutes")).containsExactly(120.0, 264.0);
        assertThat(critical.path("responseSla").path("metPercent").asDouble()).isEqualTo(66.7);
        assertThat(numbers(critical, "responseSla")).containsExactly(known.criticalLate);
        assertThat(critical.path("resolutionSla").path("metPercent").asDouble()).isEqualTo(66.7);
        assertThat(critical.path("resolutionSla").path("met").asInt()).isEqualTo(2);
        assertThat(numbers(critical, "resolutionSla")).containsExactly(known.criticalLate);
        assertThat(critical.path("reopenPercent").asDouble()).isEqualTo(0.0);
        assertThat(critical.path("rated").asInt()).isEqualTo(3);
        assertThat(critical.path("averageRating").asDouble()).isEqualTo(3.7);

        JsonNode reopened = row(report, "URGENT", "L2");
        assertThat(reopened.path("opened").asInt()).isEqualTo(1);
        assertThat(reopened.path("resolved").asInt()).as("resolved twice, counted once").isEqualTo(1);
        assertThat(minutes(reopened, "firstResponseMinutes")).containsExactly(30.0, 30.0);
        assertThat(minutes(reopened, "resolutionMinutes")).as("the day waiting for the client does not count")
                .containsExactly(180.0, 180.0);
        assertThat(reopened.path("responseSla").path("metPercent").asDouble()).isEqualTo(100.0);
        assertThat(reopened.path("resolutionSla").path("metPercent").asDouble()).isEqualTo(100.0);
        assertThat(reopened.path("reopenPercent").asDouble()).isEqualTo(100.0);
        assertThat(reopened.path("rated").asInt()).as("rated at each closing").isEqualTo(2);
        assertThat(reopened.path("averageRating").asDouble()).isEqualTo(2.5);

        JsonNode waiting = row(report, "URGENT", "L1");
        assertThat(waiting.path("opened").asInt()).isEqualTo(1);
        assertThat(minutes(waiting, "firstResponseMinutes")).containsExactly(30.0, 30.0);
        assertThat(waiting.path("resolutionSla").path("metPercent").isNull())
                .as("paused before its resolution was due: not decided").isTrue();
        assertThat(waiting.path("resolutionSla").path("missed").asInt()).isZero();

        JsonNode forgotten = row(report, "LOW", "L1");
        assertThat(forgotten.path("opened").asInt()).isEqualTo(2);
        assertThat(forgotten.path("resolved").asInt()).isZero();
        assertThat(forgotten.path("firstResponseMinutes").path("median").isNull()).isTrue();
        assertThat(forgotten.path("responseSla").path("metPercent").asDouble()).isEqualTo(0.0);
        assertThat(numbers(forgotten, "responseSla")).containsExactly(known.lowForgotten, known.lowForgottenToo);
        assertThat(numbers(forgotten, "resolutionSla")).containsExactly(known.lowForgotten, known.lowForgottenToo);
        assertThat(forgotten.path("reopenPercent").isNull()).isTrue();
        assertThat(forgotten.path("rated").asInt()).isZero();
        assertThat(forgotten.path("averageRating").isNull()).isTrue();

        JsonNode fromBefore = row(report, "NORMAL", "L1");
        assertThat(fromBefore.path("opened").asInt()).as("opened before the period").isZero();
        assertThat(fromBefore.path("resolved").asInt()).isEqualTo(1);
        assertThat(minutes(fromBefore, "firstResponseMinutes")).as("over the weekend").containsExactly(90.0, 90.0);
        assertThat(minutes(fromBefore, "resolutionMinutes")).containsExactly(180.0, 180.0);

        JsonNode empty = row(report, "LOW", "L3");
        assertThat(empty.path("opened").asInt()).isZero();
        assertThat(empty.path("responseSla").path("breaches")).isEmpty();
    }

    @Test
    void datesAreWholeMoscowDaysAndInstantsAreExact() {
        JsonNode monday = json(get("/api/reports/sla?from=2026-12-14&to=2026-12-14", Map.of()));
        assertThat(row(monday, "CRITICAL", "L1").path("opened").asInt()).isEqualTo(3);
        assertThat(row(monday, "URGENT", "L2").path("opened").asInt()).isZero();

        String from = URLEncoder.encode("2026-12-14T10:00:00+03:00", StandardCharsets.UTF_8);
        String to = URLEncoder.encode("2026-12-14T07:30:00Z", StandardCharsets.UTF_8);
        JsonNode firstHour = json(get("/api/reports/sla?from=" + from + "&to=" + to, Map.of()));
        assertThat(row(firstHour, "CRITICAL", "L1").path("opened").asInt()).isEqualTo(1);
        assertThat(row(firstHour, "CRITICAL", "L1").path("responseSla").path("met").asInt()).isEqualTo(1);
    }

    @Test
    void csvGivesAHeaderAndOneQuotedRowPerPriorityAndTier() {
        HttpResponse<String> response = get("/api/reports/sla?from=2026-12-14&to=2026-12-25", Map.of("Accept", "text/csv"));
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("text/csv"));
        assertThat(response.body()).endsWith("\r\n");
        List<String> lines = List.of(response.body().split("\r\n"));
        assertThat(lines).hasSize(13);
        assertThat(lines.getFirst()).isEqualTo("priority,tier,opened,resolved,first_response_median_min,"
                + "first_response_p90_min,resolution_median_min,resolution_p90_min,response_met_percent,response_breaches,"
                + "response_breach_tickets,resolution_met_percent,resolution_breaches,resolution_breach_tickets,reopen_percent,"
                + "ratings,rating_average");
        assertThat(lines.get(1)).isEqualTo("CRITICAL,L1,3,3,40.0,80.0,120.0,264.0,66.7,1," + known.criticalLate
                + ",66.7,1," + known.criticalLate + ",0.0,3,3.7");
        String bothForgotten = "\"" + known.lowForgotten + ", " + known.lowForgottenToo + "\"";
        assertThat(lines.get(10)).isEqualTo("LOW,L1,2,0,,,,,0.0,2," + bothForgotten + ",0.0,2," + bothForgotten + ",,0,");
        assertThat(lines.subList(1, 13)).allSatisfy(line -> assertThat(fields(line)).hasSize(17));
    }

    @Test
    void aPeriodThatCannotBeReadIsA400InTheCallersLanguage() {
        assertError(get("/api/reports/sla?from=2026-12-14", Map.of()), "report_period_missing", "Укажите период");
        assertError(get("/api/reports/sla", Map.of("Accept-Language", "en")), "report_period_missing", "Give the period");
        assertError(get("/api/reports/sla?from=14.12.2026&to=2026-12-25", Map.of("Accept-Language", "en")),
                "report_period_malformed", "from=\"14.12.2026\" is neither a date nor an instant");
        assertError(get("/api/reports/sla?from=2026-12-25&to=2026-12-14", Map.of()),
                "report_period_reversed", "Начало периода (2026-12-25) должно быть раньше его конца (2026-12-14)");
        assertError(get("/api/reports/sla?from=2026-12-14&to=2026-13-01", Map.of("Accept", "text/csv")),
                "report_period_malformed", "to=«2026-13-01»");
    }

    @Test
    void withoutTheStaffTokenTheReportIsRefused() throws Exception {
        HttpResponse<String> none = http.send(HttpRequest.newBuilder(uri("/api/reports/sla?from=2026-12-14&to=2026-12-25"))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(none.statusCode()).isEqualTo(401);
        assertThat(JSON.readTree(none.body()).path("error").asString()).isEqualTo("unauthorized");
        HttpResponse<String> wrong = http.send(HttpRequest.newBuilder(uri("/api/reports/sla?from=2026-12-14&to=2026-12-25"))
                .header("Authorization", "Bearer not-the-token").build(), HttpResponse.BodyHandlers.ofString());
        assertThat(wrong.statusCode()).isEqualTo(401);
    }

    @Test
    void prometheusShowsTheSameFiguresPerPriorityAndChannel() throws Exception {
        metrics.refresh();   // the last 30 days up to Mon 28 Dec 12:00
        String scrape = http.send(HttpRequest.newBuilder(uri("/actuator/prometheus")).build(),
                HttpResponse.BodyHandlers.ofString()).body();

        assertThat(gauge(scrape, "helpline_sla_tickets_opened", "critical", "web")).isEqualTo(4.0);
        assertThat(gauge(scrape, "helpline_sla_tickets_resolved", "critical", "web")).isEqualTo(3.0);
        assertThat(gauge(scrape, "helpline_sla_response_breaches", "critical", "web")).isEqualTo(1.0);
        assertThat(gauge(scrape, "helpline_sla_response_met_ratio", "critical", "web")).isEqualTo(0.75);
        // First responses 10, 20, 40 and 90 min: median 30 min, 90th percentile 75 min.
        assertThat(gauge(scrape, "helpline_sla_first_response_median_seconds", "critical", "web")).isCloseTo(1800.0, within());
        assertThat(gauge(scrape, "helpline_sla_first_response_p90_seconds", "critical", "web")).isCloseTo(4500.0, within());
        assertThat(gauge(scrape, "helpline_sla_resolution_median_seconds", "urgent", "telegram")).isCloseTo(10800.0, within());
        assertThat(gauge(scrape, "helpline_sla_reopened_ratio", "urgent", "telegram")).isEqualTo(1.0);
        assertThat(gauge(scrape, "helpline_sla_rating_average", "critical", "web")).isEqualTo(3.7);
        assertThat(gauge(scrape, "helpline_sla_tickets_opened", "normal", "telegram")).isEqualTo(1.0);
        assertThat(gauge(scrape, "helpline_sla_resolution_breaches", "low", "web")).isEqualTo(2.0);
        assertThat(scrape).contains("helpline_sla_window_seconds " + 30 * 24 * 3600 + ".0");
        assertThat(scrape).as("no resolution yet, so no resolution time")
                .doesNotContain("helpline_sla_resolution_median_seconds{channel=\"web\",priority=\"low\"}");
    }

    private static org.assertj.core.data.Offset<Double> within() {
        return org.assertj.core.data.Offset.offset(1.0);
    }

    private static double gauge(String scrape, String name, String priority, String channel) {
        String prefix = name + "{channel=\"" + channel + "\",priority=\"" + priority + "\"} ";
        return scrape.lines().filter(line -> line.startsWith(prefix)).findFirst()
                .map(line -> Double.parseDouble(line.substring(prefix.length())))
                .orElseThrow(() -> new AssertionError("no " + prefix + "in\n" + scrape));
    }

    private void assertError(HttpResponse<String> response, String code, String message) {
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/json"));
        JsonNode body = json(response);
        assertThat(body.path("error").asString()).isEqualTo(code);
        assertThat(body.path("message").asString()).contains(message);
    }

    private static JsonNode row(JsonNode report, String priority, String tier) {
        return report.path("rows").valueStream()
                .filter(row -> row.path("priority").asString().equals(priority) && row.path("tier").asString().equals(tier))
                .findFirst().orElseThrow();
    }

    private static List<Double> minutes(JsonNode row, String field) {
        return List.of(row.path(field).path("median").asDouble(), row.path(field).path("p90").asDouble());
    }

    private static List<String> numbers(JsonNode row, String target) {
        return row.path(target).path("breaches").valueStream().map(JsonNode::asString).toList();
    }

    /** The fields of one CSV line, reading RFC 4180 quoting. */
    private static List<String> fields(String line) {
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted && c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                field.append('"');
                i++;
            } else if (c == '"') {
                quoted = !quoted;
            } else if (c == ',' && !quoted) {
                fields.add(field.toString());
                field.setLength(0);
            } else {
                field.append(c);
            }
        }
        fields.add(field.toString());
        return fields;
    }

    private JsonNode json(HttpResponse<String> response) {
        return JSON.readTree(response.body());
    }

    private HttpResponse<String> get(String path, Map<String, String> headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path)).header("Authorization", "Bearer " + TOKEN);
        headers.forEach(request::header);
        try {
            return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }
}
