package org.helpline.handoff;

import java.util.Map;

import org.helpline.api.ApiException;
import org.helpline.api.ApiRefusal;
import org.helpline.tickets.Priority;
import org.helpline.tickets.Ticket;
import org.helpline.tickets.TicketConflictException;
import org.helpline.tickets.TicketNotFoundException;
import org.springframework.context.annotation.Bean;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
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

    HandoffController(Handoff handoff) {
        this.handoff = handoff;
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
                .orElseThrow(() -> new ApiException(HttpStatus.BAD_REQUEST, "unknown_priority", null,
                        Map.of("value", request.priority(), "priorities", "critical, urgent, normal, low")));
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

    /** An action on a ticket that does not exist. */
    @Bean
    static ApiRefusal ticketNotFound() {
        return ApiRefusal.of(TicketNotFoundException.class, HttpStatus.NOT_FOUND, "ticket_not_found");
    }

    /** An action the ticket's status or tier does not allow. */
    @Bean
    static ApiRefusal ticketConflict() {
        return ApiRefusal.of(TicketConflictException.class, HttpStatus.CONFLICT, "ticket_conflict",
                e -> Map.of("number", e.number(), "status", e.status(), "tier", e.tier()));
    }

    private static String engineer(String name) {
        return name == null || name.isBlank() ? "staff" : name.strip();
    }

    private static String required(String value, String field) {
        if (value == null || value.isBlank()) {
            throw new ApiException(HttpStatus.BAD_REQUEST, "blank_field", null, Map.of("field", field));
        }
        return value.strip();
    }
}
