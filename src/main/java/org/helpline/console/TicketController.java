package org.helpline.console;

import java.nio.charset.StandardCharsets;
import java.security.Principal;
import java.time.Clock;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import org.helpline.api.ApiErrors;
import org.helpline.tickets.HistoryEntry;
import org.helpline.tickets.Ticket;
import org.springframework.core.io.InputStreamResource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * One ticket for the ticket page, and what the logged-in engineer does with it: take, reply (held back
 * when it would cross another engineer's answer the page has not shown), resolve. The client is told the
 * engineer's name from their account. Every look at a ticket or its files is audited.
 */
@RestController
@RequestMapping("/console/api/tickets/{number}")
class TicketController {

    /**
     * {@code seen}: how many history entries the page had shown when the engineer sent it; {@code crossing}: sent
     * again knowing another engineer had answered meanwhile.
     */
    record Answer(String text, Integer seen, Boolean crossing) {
    }

    record Resolution(String comment) {
    }

    private final StaffDesk desk;
    private final Accounts accounts;
    private final ConsoleTexts texts;
    private final ApiErrors errors;
    private final AuditLog audit;
    private final Clock clock;

    TicketController(StaffDesk desk, Accounts accounts, ConsoleTexts texts, ApiErrors errors, AuditLog audit, Clock clock) {
        this.desk = desk;
        this.accounts = accounts;
        this.texts = texts;
        this.errors = errors;
        this.audit = audit;
        this.clock = clock;
    }

    @GetMapping
    TicketPage show(@PathVariable String number, Principal principal) {
        Ticket ticket = ticket(number);
        audit.viewed(principal.getName(), ticket.number());
        return page(ticket, principal);
    }

    @PostMapping("/take")
    TicketPage take(@PathVariable String number, Principal principal) {
        return page(desk.take(ticket(number).number(), engineer(principal)), principal);
    }

    @PostMapping("/replies")
    ResponseEntity<?> reply(@PathVariable String number, @RequestBody Answer answer, Principal principal,
                            HttpServletRequest request) {
        if (answer.text() == null || answer.text().isBlank()) {
            return errors.answer(HttpStatus.BAD_REQUEST, "empty_message", texts.language(request), Map.of());
        }
        Ticket ticket = ticket(number);
        String engineer = engineer(principal);
        List<HistoryEntry> crossed = Boolean.TRUE.equals(answer.crossing()) || answer.seen() == null ? List.of()
                : repliesOfOthers(ticket, answer.seen(), engineer);
        if (!crossed.isEmpty()) {
            String lang = texts.language(request);
            // Held back: another engineer answered the client since the page was drawn; the page shows their replies.
            ProblemDetail refused = errors.problem(HttpStatus.CONFLICT, "reply_crossed",
                    texts.get(lang, "work.crossed", Map.of("engineer", crossed.getLast().actor())));
            refused.setProperty("replies", crossed);
            return errors.answer(refused);
        }
        Ticket replied = desk.reply(ticket.number(), engineer, answer.text().strip());
        return ResponseEntity.ok(page(replied, principal));
    }

    @PostMapping("/resolve")
    TicketPage resolve(@PathVariable String number, @RequestBody Resolution resolution, Principal principal) {
        String comment = resolution.comment() == null || resolution.comment().isBlank() ? null : resolution.comment().strip();
        return page(desk.resolve(ticket(number).number(), engineer(principal), comment), principal);
    }

    /**
     * A file of the ticket. Pictures are shown in the page; anything else downloads. The content type was judged
     * from the bytes when the file was received, and the sandbox keeps a file from acting as a page of ours.
     */
    @GetMapping("/attachments/{id}")
    ResponseEntity<?> attachment(@PathVariable String number, @PathVariable String id, Principal principal,
                                 HttpServletRequest request) {
        Ticket ticket = ticket(number);
        audit.viewedFile(principal.getName(), ticket.number(), id);
        return desk.attachment(ticket, id)
                .<ResponseEntity<?>>map(file -> ResponseEntity.ok()
                        .contentType(MediaType.parseMediaType(file.ref().contentType()))
                        .contentLength(file.ref().size())
                        .header("Content-Security-Policy", "default-src 'none'; sandbox")
                        .header(HttpHeaders.CONTENT_DISPOSITION, (TicketPage.IMAGES.contains(file.ref().contentType())
                                ? ContentDisposition.inline() : ContentDisposition.attachment())
                                .filename(file.ref().filename(), StandardCharsets.UTF_8).build().toString())
                        .body(new InputStreamResource(file.content())))
                .orElseGet(() -> errors.answer(HttpStatus.NOT_FOUND, "attachment_not_found", texts.language(request), Map.of()));
    }

    /** Answers to the client by others among the history entries after the first {@code seen}. */
    private static List<HistoryEntry> repliesOfOthers(Ticket ticket, int seen, String engineer) {
        List<HistoryEntry> history = ticket.history();
        return history.subList(Math.min(Math.max(seen, 0), history.size()), history.size()).stream()
                .filter(entry -> entry.event().equals("reply") && !engineer.equals(entry.actor())).toList();
    }

    private Ticket ticket(String number) {
        return desk.ticket(number);
    }

    private TicketPage page(Ticket ticket, Principal principal) {
        return TicketPage.of(ticket, clock.instant(), engineer(principal));
    }

    /** The engineer's name as clients are told it. */
    private String engineer(Principal principal) {
        return accounts.nameOf(principal.getName());
    }
}
