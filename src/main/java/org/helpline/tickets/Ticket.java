package org.helpline.tickets;

import java.time.Instant;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnore;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/** A client's request as engineers see it; {@code number} ({@code HL-000042}) is its identity. */
@Document("tickets")
public record Ticket(@Id String number, TicketStatus status, Priority priority, Tier tier, Client client,
                     String description, List<AttachmentRef> attachments, Instant createdAt, Instant responseDueAt,
                     List<HistoryEntry> history, @JsonIgnore String intakeKey, @JsonIgnore String conversationId) {

    public boolean hasAttachment(String id) {
        return attachments.stream().anyMatch(attachment -> attachment.id().equals(id));
    }
}
