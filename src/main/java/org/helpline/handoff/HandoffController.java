package org.helpline.handoff;

import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import org.helpline.api.ApiError;
import org.helpline.api.ApiErrors;
import org.helpline.tickets.Priority;
import org.helpline.tickets.Ticket;
import org.helpline.tickets.TicketConflictException;
import org.helpline.tickets.TicketNotFoundException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The engineers' actions over HTTP (behind the staff token), for tools of their own or no messenger at all.
 * {@code engineer} names who acts; it is required to take a ticket and defaults to "staff" elsewhere.
 */
@RestController
@RequestMapping("/api/tickets/{number}")
class HandoffController {

    record Take(String engineer) {
    }

    record Answer(String text, String engineer, Boolean waitForClient) {
    }

    record Note(String text, String engineer) {
    }

    record PriorityChange(String priority, String reason, String engineer) {
    }

    record Escalation(String reason, String engineer) {
    }

    record Resolution(String comment, String engineer) {
    }

    record Erasure(String engineer) {
    }

    record ErasureAccepted(String ticket, String status) {
    }

    private final Handoff handoff;
    private final ApiErrors errors;

    HandoffController(Handoff handoff, ApiErrors errors) {
        this.handoff = handoff;
        this.errors = errors;
    }

    @PostMapping("/take")
    Ticket take(@PathVariable String number, @RequestBody Take request) {
        return handoff.take(number, required(request.engineer(), "engineer"));
    }

    @PostMapping("/replies")
    Ticket reply(@PathVariable String number, @RequestBody Answer request) {
        String engineer = engineer(request.engineer());
        String text = required(request.text(), "text");
        return Boolean.TRUE.equals(request.waitForClient())
                ? handoff.ask(number, engineer, text)
                : handoff.reply(number, engineer, text);
    }

    @PostMapping("/priority")
    Ticket priority(@PathVariable String number, @RequestBody PriorityChange request) {
        Priority priority = Priority.parse(required(request.priority(), "priority"))
                .orElseThrow(() -> new UnknownPriorityException(request.priority()));
        return handoff.changePriority(number, priority, engineer(request.engineer()), required(request.reason(), "reason"));
    }

    @PostMapping("/notes")
    Ticket note(@PathVariable String number, @RequestBody Note request) {
        return handoff.note(number, engineer(request.engineer()), required(request.text(), "text"));
    }

    @PostMapping("/escalate")
    Ticket escalate(@PathVariable String number, @RequestBody Escalation request) {
        return handoff.escalate(number, engineer(request.engineer()), required(request.reason(), "reason"));
    }

    @PostMapping("/resolve")
    Ticket resolve(@PathVariable String number, @RequestBody(required = false) Resolution request) {
        Resolution resolution = request == null ? new Resolution(null, null) : request;
        return handoff.resolve(number, engineer(resolution.engineer()), resolution.comment());
    }

    /** The client asked staff to be forgotten: accepted now, done within seconds (see {@code GET /api/erasures}). */
    @PostMapping("/erasure")
    ResponseEntity<ErasureAccepted> erase(@PathVariable String number, @RequestBody(required = false) Erasure request) {
        handoff.eraseClient(number, engineer(request == null ? null : request.engineer()));
        return ResponseEntity.status(HttpStatus.ACCEPTED).body(new ErasureAccepted(number, "requested"));
    }

    @ExceptionHandler(TicketNotFoundException.class)
    ResponseEntity<ApiError> notFound(HttpServletRequest request) {
        return errors.answer(HttpStatus.NOT_FOUND, "ticket_not_found", errors.language(request), Map.of());
    }

    @ExceptionHandler(TicketConflictException.class)
    ResponseEntity<ApiError> conflict(TicketConflictException e, HttpServletRequest request) {
        return errors.answer(HttpStatus.CONFLICT, "ticket_conflict", errors.language(request),
                Map.of("number", e.number(), "status", e.status(), "tier", e.tier()));
    }

    @ExceptionHandler(UnknownPriorityException.class)
    ResponseEntity<ApiError> unknownPriority(UnknownPriorityException e, HttpServletRequest request) {
        return errors.answer(HttpStatus.BAD_REQUEST, "unknown_priority", errors.language(request),
                Map.of("value", e.value, "priorities", "critical, urgent, normal, low"));
    }

    @ExceptionHandler(BlankFieldException.class)
    ResponseEntity<ApiError> blank(BlankFieldException e, HttpServletRequest request) {
        return errors.answer(HttpStatus.BAD_REQUEST, "blank_field", errors.language(request), Map.of("field", e.field));
    }

    private static String engineer(String name) {
        return name == null || name.isBlank() ? "staff" : name.strip();
    }

    private static String required(String value, String field) {
        if (value == null || value.isBlank()) {
            throw new BlankFieldException(field);
        }
        return value.strip();
    }

    /** The priority named is none of ours. */
    static class UnknownPriorityException extends RuntimeException {
        final String value;

        UnknownPriorityException(String value) {
            super("Unknown priority " + value);
            this.value = value;
        }
    }

    /** A required field of an action's body is missing or blank. */
    static class BlankFieldException extends RuntimeException {
        final String field;

        BlankFieldException(String field) {
            super(field + " is required");
            this.field = field;
        }
    }
}
