package org.helpline.tickets;

import java.time.Instant;
import java.util.List;

import org.helpline.attachments.AttachmentRef;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A ticket event still to be heard by some listener ({@code ticket_events}), stored before the change it tells of:
 * {@code id} is also its history entry's, so the event counts only once that entry is in the ticket. It carries
 * what the history text does not ({@code attachmentId}; the tiers or priorities {@code from} and {@code to} with the
 * bare {@code reason}; the SLA {@code target} and its {@code due} time; whether a reply asked the client something),
 * and the names of the listeners that have heard it; it is removed once all have.
 */
@Document("ticket_events")
record PendingEvent(@Id String id, String number, String event, String actor, String detail, String attachmentId,
                    String from, String to, String reason, SlaTarget target, Instant due, boolean question,
                    Instant created, List<String> heardBy, int attempts) {

    static PendingEvent of(String number, HistoryEntry entry) {
        return new PendingEvent(entry.id(), number, entry.event(), entry.actor(), entry.detail(), null, null, null,
                null, null, null, false, entry.at(), List.of(), 0);
    }

    /** The history entry the change writes. */
    HistoryEntry entry() {
        return new HistoryEntry(created, event, actor, detail, id);
    }

    PendingEvent withFile(AttachmentRef file) {
        return new PendingEvent(id, number, event, actor, detail, file.id(), from, to, reason, target, due, question,
                created, heardBy, attempts);
    }

    /** A move from one tier or priority to another ({@code from} and {@code to} are the enums' names). */
    PendingEvent withChange(String before, String after, String why) {
        return new PendingEvent(id, number, event, actor, detail, attachmentId, before, after, why, target, due, question,
                created, heardBy, attempts);
    }

    PendingEvent withSla(SlaTarget slaTarget, Instant dueAt) {
        return new PendingEvent(id, number, event, actor, detail, attachmentId, from, to, reason, slaTarget, dueAt,
                question, created, heardBy, attempts);
    }

    /** A reply that asked the client something (the ticket waits for their answer) when {@code asked}. */
    PendingEvent asking(boolean asked) {
        return new PendingEvent(id, number, event, actor, detail, attachmentId, from, to, reason, target, due, asked,
                created, heardBy, attempts);
    }

    /** The event as listeners hear it, with the ticket as it is now. */
    TicketEvent about(Ticket ticket) {
        return switch (event) {
            case "opened" -> new TicketOpened(ticket);
            case "taken" -> new TicketTaken(ticket, actor);
            case "released" -> new TicketReleased(ticket, actor);
            case "reply" -> new TicketAnswered(ticket, actor, detail, question);
            case "waiting_for_client" -> new TicketWaitingForClient(ticket, actor);
            case "waiting_ended" -> new TicketWaitingEnded(ticket, actor);
            case "escalated" -> new TicketEscalated(ticket, actor, Tier.valueOf(from), Tier.valueOf(to), reason);
            case "priority_changed" -> new TicketPriorityChanged(ticket, actor, Priority.valueOf(from),
                    Priority.valueOf(to), reason);
            case "sla_warning" -> new SlaWarned(ticket, target, due);
            case "sla_flagged_to_lead" -> new SlaFlaggedToLead(ticket, target, due);
            case "resolved" -> new TicketResolved(ticket, actor, detail);
            case "reopened" -> new TicketReopened(ticket);
            case "closed" -> new TicketClosed(ticket, actor);
            case "rated" -> new TicketRated(ticket, Integer.parseInt(detail));
            case "rating_comment" -> new RatingCommented(ticket, detail);
            case "client_message" -> new ClientWrote(ticket, detail, null);
            case "client_file" -> new ClientWrote(ticket, null, ticket.attachments().stream()
                    .filter(file -> file.id().equals(attachmentId)).findFirst().orElseThrow());
            case "note" -> new NoteAdded(ticket, actor, detail);
            default -> throw new IllegalStateException("No ticket event for history entry " + event);
        };
    }
}
