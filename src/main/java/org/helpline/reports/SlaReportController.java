package org.helpline.reports;

import java.nio.charset.StandardCharsets;
import java.util.Comparator;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import org.helpline.api.ApiException;
import org.helpline.dialogs.Dialogs;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The lead's SLA report (behind the staff token): JSON, or with {@code Accept: text/csv} the rows as CSV. A period
 * that cannot be read is a 400 in the caller's language, always as JSON.
 */
@RestController
@RequestMapping("/api/reports")
class SlaReportController {

    private static final List<String> ERRORS = List.of("report_period_missing", "report_period_malformed",
            "report_period_reversed");
    private static final MediaType CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);

    private final SlaReports reports;

    SlaReportController(SlaReports reports, Dialogs dialogs) {
        this.reports = reports;
        dialogs.require(ERRORS.stream().map(code -> "errors." + code).toList());
    }

    @GetMapping("/sla")
    ResponseEntity<?> sla(@RequestParam(required = false) String from, @RequestParam(required = false) String to,
                          HttpServletRequest request) {
        ReportPeriod period;
        try {
            period = ReportPeriod.parse(from, to, reports.zone());
        } catch (BadPeriodException bad) {
            throw new ApiException(HttpStatus.BAD_REQUEST, bad.code(), null, bad.args());
        }
        SlaReport report = reports.report(period);
        if (!wantsCsv(request.getHeader(HttpHeaders.ACCEPT))) {
            return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(report);
        }
        return ResponseEntity.ok().contentType(CSV)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename("sla-report.csv").build().toString())
                .body(SlaCsv.of(report));
    }

    /** CSV only when the caller prefers it to JSON; anything else, or a header that cannot be read, gets JSON. */
    private static boolean wantsCsv(String accept) {
        if (accept == null || accept.isBlank()) {
            return false;
        }
        try {
            return MediaType.parseMediaTypes(accept).stream()
                    .sorted(Comparator.comparingDouble(MediaType::getQualityValue).reversed())
                    .filter(type -> type.isCompatibleWith(MediaType.APPLICATION_JSON) || type.isCompatibleWith(CSV))
                    .findFirst()
                    .map(type -> !type.isCompatibleWith(MediaType.APPLICATION_JSON))
                    .orElse(false);
        } catch (InvalidMediaTypeException unreadable) {
            return false;
        }
    }
}
