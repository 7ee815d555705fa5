package org.helpline.handoff;

import java.util.List;
import java.util.Map;

import org.helpline.attachments.ClientFiles;
import org.helpline.conversation.ConversationHandler;
import org.helpline.conversation.Input;
import org.helpline.conversation.Reply;
import org.helpline.dialogs.Dialogs;
import org.helpline.dialogs.Texts;
import org.helpline.intake.IntakeDialog;
import org.helpline.tickets.Ticket;
import org.helpline.tickets.TicketNotFoundException;
import org.helpline.tickets.TicketStatus;
import org.helpline.tickets.Tickets;
import org.springframework.stereotype.Component;

/**
 * The client's side of an open ticket, owning the conversation once the intake opened it: what they write or
 * send goes to the ticket for the engineers (with no reply until an engineer acts), and their answer to
 * «Вопрос решён?» closes or reopens it.
 */
@Component
class ClientCorrespondence implements ConversationHandler<ClientCorrespondence.OnTicket> {

    /** The handoff's state of a conversation: the ticket the client is talking to. */
    record OnTicket(String ticketNumber) {
    }

    private final Tickets tickets;
    private final ClientFiles files;
    private final Dialogs dialogs;
    private final IntakeDialog intake;

    ClientCorrespondence(Tickets tickets, ClientFiles files, Dialogs dialogs, IntakeDialog intake) {
        this.tickets = tickets;
        this.files = files;
        this.dialogs = dialogs;
        this.intake = intake;
        dialogs.require(List.of("handoff.closed", "handoff.reopened", "handoff.after_closed"));
    }

    @Override
    public String name() {
        return "handoff";
    }

    @Override
    public Class<OnTicket> stateType() {
        return OnTicket.class;
    }

    @Override
    public OnTicket adopt(String ticketNumber) {
        return new OnTicket(ticketNumber);
    }

    @Override
    public Outcome<OnTicket> handle(OnTicket state, Input input, Context context) {
        String number = state.ticketNumber();
        Ticket ticket = tickets.find(number).orElseThrow(() -> new TicketNotFoundException(number));
        Texts texts = dialogs.texts(context.lang());
        if (input.kind() == Input.Kind.ACTION) {
            return answer(state, ticket, input.text(), texts);
        }
        if (!ticket.open()) {
            return offeringWaysOn(state, context.lang(), texts.get("handoff.after_closed", Map.of("number", number)));
        }
        if (input.kind() == Input.Kind.TEXT) {
            tickets.fromClient(number, input.text().strip(), null);
            return new Outcome<>(state, List.of(), null);
        }
        ClientFiles.Judged file = files.judge(input, context.lang());
        if (file.refusal().isPresent()) {
            ClientFiles.Refusal refusal = file.refusal().get();
            return new Outcome<>(state, List.of(Reply.of(refusal.message())), refusal.rejection());
        }
        tickets.fromClient(number, null, files.store(file, ticket.intakeKey()));
        return new Outcome<>(state, List.of(), null);
    }

    private Outcome<OnTicket> answer(OnTicket state, Ticket ticket, String value, Texts texts) {
        boolean solved = ClientNotices.SOLVED.equals(value);
        if (ticket.status() != TicketStatus.RESOLVED || !(solved || ClientNotices.NOT_SOLVED.equals(value))) {
            return say(state, texts.get("common.stale_button"));
        }
        Map<String, String> args = Map.of("number", ticket.number());
        if (solved) {
            tickets.close(ticket.number());
            return offeringWaysOn(state, texts.language(), texts.get("handoff.closed", args));
        }
        tickets.reopen(ticket.number());
        return say(state, texts.get("handoff.reopened", args));
    }

    /** A closed ticket's message, with «Новая заявка» and «Мои заявки» under it. */
    private Outcome<OnTicket> offeringWaysOn(OnTicket state, String lang, String text) {
        return new Outcome<>(state, List.of(new Reply(text, intake.waysOn(lang))), null);
    }

    private static Outcome<OnTicket> say(OnTicket state, String text) {
        return new Outcome<>(state, List.of(Reply.of(text)), null);
    }
}
