package org.helpline.handoff;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.helpline.conversation.Button;
import org.helpline.conversation.Conversations;
import org.helpline.conversation.Reply;
import org.helpline.conversation.UnknownConversationException;
import org.helpline.dialogs.Dialogs;
import org.helpline.dialogs.Texts;
import org.helpline.tickets.Ticket;
import org.helpline.intake.IntakeDialog;
import org.helpline.tickets.TicketAnswered;
import org.helpline.tickets.TicketClosed;
import org.helpline.tickets.TicketEscalated;
import org.helpline.tickets.TicketEvent;
import org.helpline.tickets.TicketEventListener;
import org.helpline.tickets.TicketResolved;
import org.helpline.tickets.TicketTaken;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * What the client must know of their ticket, in their own conversation and language, as soon as it happens: who
 * took it, that it went to a senior engineer (by hand or by the SLA), the engineers' answers and questions, that it
 * closed by itself when a resolution went unanswered (with «Открыть снова»), and «Вопрос решён?» with its two buttons once it is resolved.
 */
@Component
class ClientNotices implements TicketEventListener {

    static final String SOLVED = "solved:yes";
    static final String NOT_SOLVED = "solved:no";

    private static final Logger log = LoggerFactory.getLogger(ClientNotices.class);

    private final Conversations conversations;
    private final Dialogs dialogs;
    private final IntakeDialog intake;

    ClientNotices(Conversations conversations, Dialogs dialogs, IntakeDialog intake) {
        this.conversations = conversations;
        this.dialogs = dialogs;
        this.intake = intake;
        dialogs.require(List.of("handoff.taken", "handoff.escalated", "handoff.reply", "handoff.question", "handoff.resolved", "handoff.resolved_comment",
                "handoff.solved_yes", "handoff.solved_no", "handoff.auto_closed"));
    }

    @Override
    public String name() {
        return "client-notices";
    }

    /** The client hears of it before the engineer's action returns. */
    @Override
    public boolean immediate() {
        return true;
    }

    @Override
    public void on(TicketEvent event) {
        Ticket ticket = event.ticket();
        if (ticket.conversationId() == null) {
            return; // Opened by no conversation: nobody to tell.
        }
        Texts texts = dialogs.texts(language(ticket));
        switch (event) {
            case TicketTaken taken -> tell(ticket, new Reply(texts.get("handoff.taken",
                    Map.of("number", ticket.number(), "engineer", taken.engineer())), List.of()));
            case TicketEscalated escalated -> tell(ticket, new Reply(texts.get("handoff.escalated",
                    Map.of("number", ticket.number(), "tier", escalated.to().name())), List.of()));
            case TicketAnswered answered -> tell(ticket, new Reply(texts.get(answered.question() ? "handoff.question" : "handoff.reply",
                    Map.of("engineer", answered.engineer(), "text", answered.text())), List.of()));
            case TicketResolved resolved -> tell(ticket, new Reply(question(texts, ticket, resolved), List.of(
                    new Button(texts.get("handoff.solved_yes"), SOLVED),
                    new Button(texts.get("handoff.solved_no"), NOT_SOLVED))));
            case TicketClosed closed when closed.automatic() -> tell(ticket, new Reply(texts.get("handoff.auto_closed",
                    Map.of("number", ticket.number())), autoClosedButtons(ticket, texts)));
            default -> {
                // The client caused the rest themselves, or it is for the engineers only.
            }
        }
    }

    private List<Button> autoClosedButtons(Ticket ticket, Texts texts) {
        return Stream.concat(Stream.of(ClientCorrespondence.reopenButton(ticket.number(), texts)),
                intake.waysOn(texts.language()).stream()).toList();
    }

    private static String question(Texts texts, Ticket ticket, TicketResolved resolved) {
        Map<String, String> args = Map.of("number", ticket.number(), "engineer", resolved.engineer());
        return resolved.comment() == null || resolved.comment().isBlank()
                ? texts.get("handoff.resolved", args)
                : texts.get("handoff.resolved_comment", Map.of("number", ticket.number(), "engineer",
                        resolved.engineer(), "comment", resolved.comment()));
    }

    private void tell(Ticket ticket, Reply reply) {
        try {
            conversations.notify(ticket.conversationId(), List.of(reply));
        } catch (UnknownConversationException e) {
            // The conversation is gone (erased, or never stored): retrying would never reach anyone.
            log.info("Ticket {}: its conversation no longer exists; the client is not told", ticket.number());
        }
    }

    private String language(Ticket ticket) {
        return conversations.languageOf(ticket.conversationId()).orElse(dialogs.defaultLanguage());
    }
}
