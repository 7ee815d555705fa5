package org.helpline.tickets;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import com.fasterxml.jackson.annotation.JsonIgnore;
import org.helpline.attachments.AttachmentRef;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A client's request as engineers see it; {@code number} ({@code HL-000042}) is its identity. Its history is
 * also its correspondence: what the client wrote and what engineers answered, in order.
 *
 * <p>The SLA: {@code responseDueAt} and {@code resolveDueAt} are the targets of its priority counted in business
 * time from {@code createdAt}, moved out by the {@code pauses} it has had; {@code pausedSince} is set while the
 * clock stands still (waiting for the client, resolved) and the due times move out again when it ends.
 * {@code firstResponseAt} is when the client first saw an engineer's answer. {@code slaMarks} records which
 * automatic warnings and escalations were done (e.g. {@code response_warned}), so each happens once. Documents
 * stored before these fields existed load with no pauses and no marks.
 *
 * <p>{@code rating} (1–5) and {@code ratingComment} are the client's, given once the ticket is closed; a reopened
 * ticket is rated afresh when it closes again (the history keeps every rating).
 */
@Document("tickets")
public record Ticket(@Id String number, TicketStatus status, Priority priority, Tier tier, Client client,
                     String assignee, String description, List<AttachmentRef> attachments, Instant createdAt,
                     Instant responseDueAt, Instant resolveDueAt, Instant firstResponseAt, Instant pausedSince,
                     List<SlaPause> pauses, List<String> slaMarks, List<HistoryEntry> history, @JsonIgnore String intakeKey,
                     @JsonIgnore String conversationId, Integer rating, String ratingComment) {

    public Ticket {
        pauses = pauses == null ? List.of() : pauses;
        slaMarks = slaMarks == null ? List.of() : slaMarks;
    }

    /** Whether the client is still talking to this ticket, rather than done with it. */
    public boolean open() {
        return status != TicketStatus.CLOSED;
    }

    public boolean hasAttachment(String id) {
        return attachments.stream().anyMatch(attachment -> attachment.id().equals(id));
    }

    /** When the ticket was last {@code event} (e.g. "closed"), if ever. */
    public Optional<Instant> lastAt(String event) {
        for (int i = history.size() - 1; i >= 0; i--) {
            if (history.get(i).event().equals(event)) {
                return Optional.of(history.get(i).at());
            }
        }
        return Optional.empty();
    }

    /** Every pause of the clock so far, the one still going (if any) counted up to {@code now}. */
    List<SlaPause> pausesUntil(Instant now) {
        if (pausedSince == null) {
            return pauses;
        }
        List<SlaPause> all = new ArrayList<>(pauses);
        all.add(new SlaPause(pausedSince, now.isBefore(pausedSince) ? pausedSince : now));
        return all;
    }
}
