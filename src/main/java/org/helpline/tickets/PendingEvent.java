package org.helpline.tickets;

import java.time.Instant;
import java.util.List;

import org.helpline.attachments.AttachmentRef;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A ticket event still to be heard by some listener ({@code ticket_events}), stored before the change it tells of:
 * {@code id} is also its history entry's, so the event counts only once that entry is in the ticket. It carries
 * what the history text does not ({@code attachmentId}, the tiers, the bare reason), and the names of the listeners
 * that have heard it; it is removed once all have.
 */
@Document("ticket_events")
record PendingEvent(@Id String id, String number, String event, String actor, String detail, String attachmentId,
                    Tier from, Tier to, String reason, Instant created, List<String> heardBy, int attempts) {

    static PendingEvent of(String number, HistoryEntry entry) {
        return new PendingEvent(entry.id(), number, entry.event(), entry.actor(), entry.detail(), null, null, null,
                null, entry.at(), List.of(), 0);
    }

    PendingEvent withFile(AttachmentRef file) {
        return new PendingEvent(id, number, event, actor, detail, file.id(), from, to, reason, created, heardBy, attempts);
    }

    PendingEvent withEscalation(Tier from, Tier to, String reason) {
        return new PendingEvent(id, number, event, actor, detail, attachmentId, from, to, reason, created, heardBy, attempts);
    }

    /** The event as listeners hear it, with the ticket as it is now. */
    TicketEvent about(Ticket ticket) {
        return switch (event) {
            case "opened" -> new TicketOpened(ticket);
            case "taken" -> new TicketTaken(ticket, actor);
            case "reply" -> new TicketAnswered(ticket, actor, detail);
            case "escalated" -> new TicketEscalated(ticket, actor, from, to, reason);
            case "resolved" -> new TicketResolved(ticket, actor, detail);
            case "reopened" -> new TicketReopened(ticket);
            case "closed" -> new TicketClosed(ticket);
            case "client_message" -> new ClientWrote(ticket, detail, null);
            case "client_file" -> new ClientWrote(ticket, null, ticket.attachments().stream()
                    .filter(file -> file.id().equals(attachmentId)).findFirst().orElseThrow());
            case "note" -> new NoteAdded(ticket, actor, detail);
            default -> throw new IllegalStateException("No ticket event for history entry " + event);
        };
    }
}
