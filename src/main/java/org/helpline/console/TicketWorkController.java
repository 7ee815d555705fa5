package org.helpline.console;

import java.security.Principal;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import org.helpline.api.ApiException;
import org.helpline.conversation.Conversations;
import org.helpline.dialogs.Dialogs;
import org.helpline.tickets.Priority;
import org.helpline.tickets.Ticket;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.util.StringUtils;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The rest of an engineer's work on the ticket page, each through {@link StaffDesk}: release, reassign, escalate,
 * change the priority, note; who else has the page open and the client's other tickets; the canned replies.
 * A refusal is said by {@link TicketRefusals}.
 */
@RestController
@RequestMapping("/console/api")
class TicketWorkController {

    record Reassignment(String login) {
    }

    record Reason(String reason) {
    }

    record PriorityChange(String priority, String reason) {
    }

    record Note(String text) {
    }

    /** An account a ticket can be given to. */
    record Engineer(String login, String name) {
    }

    /** What is around the ticket: who else has it open now, and the client's other tickets. */
    record Around(List<String> alsoHere, List<QueueItem> otherTickets) {
    }

    private final StaffDesk desk;
    private final Accounts accounts;
    private final TicketPresence presence;
    private final CannedReplies canned;
    private final Conversations conversations;
    private final Dialogs dialogs;
    private final ConsoleTexts texts;
    private final Clock clock;

    TicketWorkController(StaffDesk desk, Accounts accounts, TicketPresence presence, CannedReplies canned,
                         Conversations conversations, Dialogs dialogs, ConsoleTexts texts, Clock clock) {
        this.desk = desk;
        this.accounts = accounts;
        this.presence = presence;
        this.canned = canned;
        this.conversations = conversations;
        this.dialogs = dialogs;
        this.texts = texts;
        this.clock = clock;
    }

    /** The accounts that work tickets, for reassigning and the queue's filter. */
    @GetMapping("/engineers")
    List<Engineer> engineers() {
        return accounts.workingTickets().stream().map(account -> new Engineer(account.login(), account.name())).toList();
    }

    /** Polled by the ticket page: it says this engineer is on the ticket, and hears who else is. */
    @GetMapping("/tickets/{number}/around")
    Around around(@PathVariable String number, Principal principal) {
        Ticket ticket = desk.ticket(number);
        Instant now = clock.instant();
        return new Around(presence.here(ticket.number(), principal.getName(), engineer(principal)),
                desk.othersOf(ticket).stream().map(other -> QueueItem.of(other, now)).toList());
    }

    @GetMapping("/tickets/{number}/canned-replies")
    List<CannedReplies.Canned> cannedReplies(@PathVariable String number, Principal principal, HttpServletRequest request) {
        Ticket ticket = desk.ticket(number);
        String clientLang = Optional.ofNullable(ticket.conversationId()).flatMap(conversations::languageOf)
                .orElse(dialogs.defaultLanguage());
        String client = ticket.client() == null ? null : ticket.client().name();
        return canned.all(texts.language(request), clientLang, new CannedReplies.Fields(client, ticket.number(), engineer(principal)));
    }

    @PostMapping("/tickets/{number}/release")
    TicketPage release(@PathVariable String number, Principal principal) {
        return page(desk.release(desk.ticket(number).number(), engineer(principal)), principal);
    }

    @PostMapping("/tickets/{number}/reassign")
    ResponseEntity<?> reassign(@PathVariable String number, @RequestBody Reassignment to, Principal principal,
                               HttpServletRequest request) {
        Optional<Account> engineer = Optional.ofNullable(to.login()).flatMap(accounts::find)
                .filter(account -> accounts.workingTickets().contains(account));
        if (engineer.isEmpty()) {
            throw refused("refused.no_such_engineer", request);
        }
        return ResponseEntity.ok(page(desk.reassign(desk.ticket(number).number(), engineer.get().name()), principal));
    }

    @PostMapping("/tickets/{number}/escalate")
    ResponseEntity<?> escalate(@PathVariable String number, @RequestBody Reason reason, Principal principal,
                               HttpServletRequest request) {
        if (blank(reason.reason())) {
            throw refused("refused.reason_needed", request);
        }
        return ResponseEntity.ok(page(desk.escalate(desk.ticket(number).number(), engineer(principal), reason.reason().strip()), principal));
    }

    @PostMapping("/tickets/{number}/priority")
    ResponseEntity<?> priority(@PathVariable String number, @RequestBody PriorityChange change, Principal principal,
                               HttpServletRequest request) {
        Optional<Priority> priority = Optional.ofNullable(change.priority()).flatMap(Priority::parse);
        if (priority.isEmpty()) {
            throw refused("refused.no_such_priority", request);
        }
        if (blank(change.reason())) {
            throw refused("refused.reason_needed", request);
        }
        return ResponseEntity.ok(page(desk.changePriority(desk.ticket(number).number(), priority.get(), engineer(principal),
                change.reason().strip()), principal));
    }

    @PostMapping("/tickets/{number}/notes")
    ResponseEntity<?> note(@PathVariable String number, @RequestBody Note note, Principal principal, HttpServletRequest request) {
        if (blank(note.text())) {
            throw refused("refused.empty_note", request);
        }
        return ResponseEntity.ok(page(desk.note(desk.ticket(number).number(), engineer(principal), note.text().strip()), principal));
    }

    /** A refusal worded by the console's own text {@code key}, in the page's language. */
    private ApiException refused(String key, HttpServletRequest request) {
        return new ApiException(HttpStatus.BAD_REQUEST, "bad_request", "console." + key, texts.language(request), Map.of());
    }

    private static boolean blank(String value) {
        return !StringUtils.hasText(value);
    }

    private TicketPage page(Ticket ticket, Principal principal) {
        return TicketPage.of(ticket, clock.instant(), engineer(principal));
    }

    private String engineer(Principal principal) {
        return accounts.nameOf(principal.getName());
    }
}
