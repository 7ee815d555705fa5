package org.helpline.handoff;

import java.util.List;
import java.util.Map;

import org.helpline.conversation.TicketCorrespondence;
import org.helpline.dialogs.Texts;
import org.helpline.dialogs.Dialogs;
import org.helpline.intake.IntakeDialog;
import org.helpline.intake.IntakeInput;
import org.helpline.intake.IntakeSnapshot;
import org.helpline.intake.Reply;
import org.helpline.intake.Turn;
import org.helpline.tickets.Ticket;
import org.helpline.tickets.TicketNotFoundException;
import org.helpline.tickets.TicketStatus;
import org.helpline.tickets.Tickets;
import org.springframework.stereotype.Component;

/**
 * The client's side of an open ticket: what they write or send goes to the ticket for the engineers (with no
 * reply until an engineer acts), and their answer to «Вопрос решён?» closes or reopens it.
 */
@Component
class ClientCorrespondence implements TicketCorrespondence {

    private final Tickets tickets;
    private final IntakeDialog intake;
    private final Dialogs dialogs;

    ClientCorrespondence(Tickets tickets, IntakeDialog intake, Dialogs dialogs) {
        this.tickets = tickets;
        this.intake = intake;
        this.dialogs = dialogs;
        dialogs.require(List.of("handoff.closed", "handoff.reopened", "handoff.after_closed"));
    }

    @Override
    public Turn fromClient(IntakeSnapshot snapshot, IntakeInput input) {
        String number = snapshot.ticketNumber();
        Ticket ticket = tickets.find(number).orElseThrow(() -> new TicketNotFoundException(number));
        Texts texts = dialogs.texts(snapshot.lang());
        if (input.kind() == IntakeInput.Kind.ACTION) {
            return answer(snapshot, ticket, input.text(), texts);
        }
        if (!ticket.open()) {
            return say(snapshot, texts.get("handoff.after_closed", Map.of("number", number)));
        }
        if (input.kind() == IntakeInput.Kind.TEXT) {
            tickets.fromClient(number, input.text().strip(), null);
            return new Turn(snapshot, List.of(), null);
        }
        return intake.attachToTicket(snapshot, input, file -> tickets.fromClient(number, null, file));
    }

    private Turn answer(IntakeSnapshot snapshot, Ticket ticket, String value, Texts texts) {
        boolean solved = ClientNotices.SOLVED.equals(value);
        if (ticket.status() != TicketStatus.RESOLVED || !(solved || ClientNotices.NOT_SOLVED.equals(value))) {
            return say(snapshot, texts.get("common.stale_button"));
        }
        Map<String, String> args = Map.of("number", ticket.number());
        if (solved) {
            tickets.close(ticket.number());
            return say(snapshot, texts.get("handoff.closed", args));
        }
        tickets.reopen(ticket.number());
        return say(snapshot, texts.get("handoff.reopened", args));
    }

    private static Turn say(IntakeSnapshot snapshot, String text) {
        return new Turn(snapshot, List.of(new Reply(text, List.of())), null);
    }
}
