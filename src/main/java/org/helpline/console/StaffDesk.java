package org.helpline.console;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.helpline.attachments.ClientFiles;
import org.helpline.attachments.StoredFile;
import org.helpline.handoff.Handoff;
import org.helpline.tickets.Priority;
import org.helpline.tickets.Ticket;
import org.helpline.tickets.TicketNotFoundException;
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

    /** The ticket a page's address names, in any case. */
    Ticket ticket(String number) {
        String normalized = number.strip().toUpperCase(Locale.ROOT);
        return find(normalized).orElseThrow(() -> new TicketNotFoundException(normalized));
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

    Ticket release(String number, String engineer) {
        return handoff.release(number, engineer);
    }

    Ticket reassign(String number, String toEngineer) {
        return handoff.reassign(number, toEngineer);
    }

    Ticket escalate(String number, String engineer, String reason) {
        return handoff.escalate(number, engineer, reason);
    }

    Ticket changePriority(String number, Priority priority, String engineer, String reason) {
        return handoff.changePriority(number, priority, engineer, reason);
    }

    Ticket note(String number, String engineer, String text) {
        return handoff.note(number, engineer, text);
    }

    /** The client's other tickets: those opened from the same conversation, newest first. */
    List<Ticket> othersOf(Ticket ticket) {
        if (ticket.conversationId() == null) {
            return List.of();
        }
        return tickets.ofConversation(ticket.conversationId()).stream()
                .filter(other -> !other.number().equals(ticket.number())).toList();
    }
}
