package org.helpline.handoff;

import org.helpline.erasure.Erasure;
import org.helpline.erasure.Requester;
import org.helpline.tickets.Priority;
import org.helpline.tickets.Ticket;
import org.helpline.tickets.TicketConflictException;
import org.helpline.tickets.TicketNotFoundException;
import org.helpline.tickets.Tickets;
import org.springframework.stereotype.Service;

/**
 * What engineers do with a ticket, whatever tool they use (a staff place in a messenger, the HTTP API): take it,
 * release or reassign it, answer or ask the client, note, change the priority, escalate it, resolve it, erase the client on their request. Staff places call these and keep no ticket rules of their own.
 * What the client must know follows from the ticket's events ({@link ClientNotices}).
 */
@Service
public class Handoff {

    private final Tickets tickets;
    private final Erasure erasure;

    Handoff(Tickets tickets, Erasure erasure) {
        this.tickets = tickets;
        this.erasure = erasure;
    }

    /**
     * Erases the client who filed the ticket — all their tickets, files and conversation — on their request made to
     * {@code engineer} (by phone, by letter); it happens within seconds. Refused for a ticket already anonymised.
     */
    public void eraseClient(String number, String engineer) {
        Ticket ticket = tickets.find(number).orElseThrow(() -> new TicketNotFoundException(number));
        if (ticket.conversationId() == null) {
            throw new TicketConflictException(number, "erasure", ticket.status(), ticket.tier());
        }
        erasure.request(ticket.conversationId(), Requester.STAFF, engineer);
    }

    public Ticket take(String number, String engineer) {
        return tickets.take(number, engineer);
    }

    /** Gives the ticket back to the queue, for another engineer to take. */
    public Ticket release(String number, String engineer) {
        return tickets.release(number, engineer);
    }

    /** Another engineer holds the ticket from now on, as if they had taken it; the client is told their name. */
    public Ticket reassign(String number, String toEngineer) {
        return tickets.take(number, toEngineer);
    }

    /** An answer to the client; it takes the ticket if nobody has. */
    public Ticket reply(String number, String engineer, String text) {
        return tickets.reply(number, engineer, text, false);
    }

    /**
     * An engineer's question to the client: it reaches them like a reply, saying an answer is awaited, and the
     * ticket waits for the client (its SLA clock stands still) until they write.
     */
    public Ticket ask(String number, String engineer, String text) {
        return tickets.reply(number, engineer, text, true);
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

    /** Resolves the ticket; the client is asked at once whether the problem is really solved. */
    public Ticket resolve(String number, String engineer, String comment) {
        return tickets.resolve(number, engineer, comment);
    }
}
