package org.helpline.console;

import java.util.List;
import java.util.Optional;

import org.helpline.attachments.ClientFiles;
import org.helpline.attachments.StoredFile;
import org.helpline.handoff.Handoff;
import org.helpline.tickets.Ticket;
import org.helpline.tickets.Tickets;
import org.springframework.stereotype.Component;

/**
 * Everything the console asks of the tickets and the handoff, in one place: the console acts through the same
 * actions as the staff API and the messengers, so a reply here reaches the client's channel the same way.
 */
@Component
class StaffDesk {

    private final Tickets tickets;
    private final ClientFiles attachments;
    private final Handoff handoff;

    StaffDesk(Tickets tickets, ClientFiles attachments, Handoff handoff) {
        this.tickets = tickets;
        this.attachments = attachments;
        this.handoff = handoff;
    }

    /** Every ticket the client is not done with. */
    List<Ticket> notClosed() {
        return tickets.list(null, null).stream().filter(Ticket::open).toList();
    }

    Optional<Ticket> find(String number) {
        return tickets.find(number);
    }

    /** A file of the ticket, only if it is one of the ticket's. */
    Optional<StoredFile> attachment(Ticket ticket, String id) {
        return ticket.hasAttachment(id) ? attachments.open(id) : Optional.empty();
    }

    Ticket take(String number, String engineer) {
        return handoff.take(number, engineer);
    }

    Ticket reply(String number, String engineer, String text) {
        return handoff.reply(number, engineer, text);
    }

    Ticket resolve(String number, String engineer, String comment) {
        return handoff.resolve(number, engineer, comment);
    }
}
