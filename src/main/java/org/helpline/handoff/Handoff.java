package org.helpline.handoff;

import java.util.List;
import java.util.Map;

import org.helpline.conversation.Button;
import org.helpline.conversation.Conversations;
import org.helpline.conversation.Reply;
import org.helpline.dialogs.Dialogs;
import org.helpline.tickets.Priority;
import org.helpline.tickets.Ticket;
import org.helpline.tickets.Tickets;
import org.springframework.stereotype.Service;

/**
 * What engineers do with a ticket, whatever tool they use: take it, answer the client, escalate it, resolve
 * it. What the client must know reaches them in their own conversation and language at once.
 */
@Service
public class Handoff {

    static final String SOLVED = "solved:yes";
    static final String NOT_SOLVED = "solved:no";

    private final Tickets tickets;
    private final Conversations conversations;
    private final Dialogs dialogs;

    Handoff(Tickets tickets, Conversations conversations, Dialogs dialogs) {
        this.tickets = tickets;
        this.conversations = conversations;
        this.dialogs = dialogs;
        dialogs.require(List.of("handoff.taken", "handoff.reply", "handoff.question", "handoff.resolved", "handoff.resolved_comment",
                "handoff.solved_yes", "handoff.solved_no", "handoff.closed", "handoff.reopened", "handoff.after_closed"));
    }

    public Ticket take(String number, String engineer) {
        Ticket ticket = tickets.take(number, engineer);
        tell(ticket, "handoff.taken", Map.of("number", number, "engineer", engineer));
        return ticket;
    }

    public Ticket reply(String number, String engineer, String text) {
        Ticket ticket = tickets.reply(number, engineer, text, false);
        tell(ticket, "handoff.reply", Map.of("engineer", engineer, "text", text));
        return ticket;
    }

    /**
     * An engineer's question to the client: it reaches them like a reply, saying an answer is awaited, and the
     * ticket waits for the client (its SLA clock stands still) until they write.
     */
    public Ticket ask(String number, String engineer, String text) {
        Ticket ticket = tickets.reply(number, engineer, text, true);
        tell(ticket, "handoff.question", Map.of("engineer", engineer, "text", text));
        return ticket;
    }

    /** Staff set another priority, with the reason; the due times follow it. */
    public Ticket changePriority(String number, Priority priority, String engineer, String reason) {
        return tickets.changePriority(number, priority, engineer, reason);
    }

    /** An internal note on the ticket: for the engineers, never relayed to the client. */
    public Ticket note(String number, String engineer, String text) {
        return tickets.note(number, engineer, text);
    }

    public Ticket escalate(String number, String engineer, String reason) {
        return tickets.escalate(number, engineer, reason);
    }

    /** Resolves the ticket and asks the client at once whether the problem is really solved. */
    public Ticket resolve(String number, String engineer, String comment) {
        Ticket ticket = tickets.resolve(number, engineer, comment);
        String lang = language(ticket);
        var texts = dialogs.texts(lang);
        String question = comment == null || comment.isBlank()
                ? texts.get("handoff.resolved", Map.of("number", number, "engineer", engineer))
                : texts.get("handoff.resolved_comment", Map.of("number", number, "engineer", engineer, "comment", comment));
        conversations.notify(ticket.conversationId(), List.of(new Reply(question, List.of(
                new Button(texts.get("handoff.solved_yes"), SOLVED),
                new Button(texts.get("handoff.solved_no"), NOT_SOLVED)))));
        return ticket;
    }

    private void tell(Ticket ticket, String key, Map<String, ?> args) {
        String text = dialogs.texts(language(ticket)).get(key, args);
        conversations.notify(ticket.conversationId(), List.of(new Reply(text, List.of())));
    }

    private String language(Ticket ticket) {
        return conversations.languageOf(ticket.conversationId()).orElse(dialogs.defaultLanguage());
    }
}
