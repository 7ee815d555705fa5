package org.helpline.console;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import org.helpline.api.ApiErrors;
import org.helpline.tickets.TicketConflictException;
import org.helpline.tickets.TicketNotFoundException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * What the ticket page is told when the tickets refuse an action: per action, in the page's language, with the
 * ticket's status as the page names it («Нельзя эскалировать: заявка уже на линии L3»). Kept beside the console's
 * controllers rather than in the API's one error handler because the wording needs the page's context (its
 * language switch and the action's own text); the shape is the API's problem detail all the same.
 */
@Order(Ordered.HIGHEST_PRECEDENCE) // before the app-wide handlers, which would call a refusal a failure
@RestControllerAdvice(assignableTypes = {TicketController.class, TicketWorkController.class})
class TicketRefusals {

    /** The actions the console offers, as the tickets name them in a refusal. */
    private static final List<String> ACTIONS = List.of("taken", "released", "reply", "escalated", "priority_changed",
            "note", "resolved");

    private final ConsoleTexts texts;
    private final ApiErrors errors;

    TicketRefusals(ConsoleTexts texts, ApiErrors errors) {
        this.texts = texts;
        this.errors = errors;
    }

    @ExceptionHandler(TicketNotFoundException.class)
    ResponseEntity<ProblemDetail> notFound(HttpServletRequest request) {
        return errors.answer(HttpStatus.NOT_FOUND, "ticket_not_found", texts.language(request), Map.of());
    }

    @ExceptionHandler(TicketConflictException.class)
    ResponseEntity<ProblemDetail> conflict(TicketConflictException e, HttpServletRequest request) {
        String lang = texts.language(request);
        String status = texts.get(lang, "status." + e.status().name().toLowerCase(Locale.ROOT));
        Map<String, String> args = Map.of("number", e.number(), "status", status, "tier", e.tier().name());
        String action = ACTIONS.contains(e.action()) ? e.action() : "other";
        return errors.answer(errors.problem(HttpStatus.CONFLICT, "ticket_conflict", texts.get(lang, "refused." + action, args)));
    }
}
