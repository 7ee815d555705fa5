package org.helpline.erasure;

import java.time.Instant;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * An erasure asked for and not yet finished ({@code erasure_requests}); it names the chat, so it is removed as soon
 * as nothing for the chat is left in the outbox. {@code staffMember} is set when staff asked; {@code erasedAt} once
 * everything but the bot's last messages to the chat is gone.
 */
@Document("erasure_requests")
record ErasureRequest(@Id String id, String channel, String chatId, Requester requestedBy, String staffMember,
                      Instant requestedAt, Instant erasedAt) {
}
