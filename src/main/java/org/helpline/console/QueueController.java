package org.helpline.console;

import java.security.Principal;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import org.helpline.api.ApiErrors;
import org.helpline.tickets.Priority;
import org.helpline.tickets.TicketStatus;
import org.helpline.tickets.Tier;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The console page's data: who is logged in (with the CSRF token for its actions), its texts, the queue. */
@RestController
@RequestMapping("/console/api")
class QueueController {

    record Me(String login, String name, String role, String lang, String otherLang, String csrfHeader, String csrfToken,
              Map<String, String> texts) {
    }

    record Queue(Instant now, List<QueueItem> tickets) {
    }

    /** The engineer filter's value for the tickets nobody holds. */
    static final String NOBODY = "-";

    private final StaffDesk desk;
    private final Accounts accounts;
    private final ConsoleTexts texts;
    private final ApiErrors errors;
    private final Clock clock;

    QueueController(StaffDesk desk, Accounts accounts, ConsoleTexts texts, ApiErrors errors, Clock clock) {
        this.desk = desk;
        this.accounts = accounts;
        this.texts = texts;
        this.errors = errors;
        this.clock = clock;
    }

    @GetMapping("/me")
    Me me(Principal principal, CsrfToken csrf, HttpServletRequest request) {
        Account account = accounts.find(principal.getName()).orElseThrow();
        String lang = texts.language(request);
        return new Me(account.login(), account.name(), account.role().lowerCase(), lang, texts.otherLanguage(lang),
                csrf.getHeaderName(), csrf.getToken(), texts.all(lang));
    }

    /**
     * Tickets not closed, the most urgent first, optionally only of one status, priority and tier, and of one
     * engineer (an account's login, or {@value #NOBODY} for the tickets nobody holds).
     */
    @GetMapping("/queue")
    ResponseEntity<?> queue(@RequestParam(required = false) String status, @RequestParam(required = false) String priority,
                            @RequestParam(required = false) String tier, @RequestParam(required = false) String engineer,
                            HttpServletRequest request) {
        Optional<TicketStatus> byStatus;
        Optional<Priority> byPriority;
        Optional<Tier> byTier;
        Optional<String> byAssignee = blank(engineer) ? Optional.empty()
                : Optional.of(NOBODY.equals(engineer) ? NOBODY : accounts.nameOf(engineer));
        try {
            byStatus = blank(status) ? Optional.empty() : Optional.of(TicketStatus.valueOf(status.toUpperCase(Locale.ROOT)));
            byPriority = blank(priority) ? Optional.empty() : Optional.of(Priority.valueOf(priority.toUpperCase(Locale.ROOT)));
            byTier = blank(tier) ? Optional.empty() : Optional.of(Tier.valueOf(tier.toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException unknown) {
            return errors.answer(HttpStatus.BAD_REQUEST, "bad_request", texts.language(request), Map.of());
        }
        Instant now = clock.instant();
        List<QueueItem> items = desk.notClosed().stream()
                .filter(ticket -> byStatus.map(ticket.status()::equals).orElse(true))
                .filter(ticket -> byPriority.map(ticket.priority()::equals).orElse(true))
                .filter(ticket -> byTier.map(ticket.tier()::equals).orElse(true))
                .filter(ticket -> byAssignee.map(name -> name.equals(ticket.assignee() == null ? NOBODY : ticket.assignee()))
                        .orElse(true))
                .map(ticket -> QueueItem.of(ticket, now))
                .sorted(QueueItem.MOST_URGENT_FIRST).toList();
        return ResponseEntity.ok(new Queue(now, items));
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
