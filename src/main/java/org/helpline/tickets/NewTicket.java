package org.helpline.tickets;

import java.time.Instant;
import java.util.List;

import org.helpline.attachments.AttachmentRef;

/**
 * What the intake collected. {@code intakeKey} identifies the intake, so opening the same intake twice
 * (a retry after a crash) gives back the ticket opened the first time.
 */
public record NewTicket(String intakeKey, String conversationId, Client client, String description,
                        Priority priority, List<AttachmentRef> attachments, Instant consentedAt, String consentVersion) {
}
