package org.helpline.tickets;

import java.time.Instant;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnore;
import org.helpline.attachments.AttachmentRef;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A client's request as engineers see it; {@code number} ({@code HL-000042}) is its identity. Its history is
 * also its correspondence: what the client wrote and what engineers answered, in order.
 */
@Document("tickets")
public record Ticket(@Id String number, TicketStatus status, Priority priority, Tier tier, Client client,
                     String assignee, String description, List<AttachmentRef> attachments, Instant createdAt,
                     Instant responseDueAt, List<HistoryEntry> history, @JsonIgnore String intakeKey,
                     @JsonIgnore String conversationId) {

    /** Whether the client is still talking to this ticket, rather than done with it. */
    public boolean open() {
        return status != TicketStatus.CLOSED;
    }

    public boolean hasAttachment(String id) {
        return attachments.stream().anyMatch(attachment -> attachment.id().equals(id));
    }
}
