package org.helpline.erasure;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * What an erasure did, kept for good ({@code erasures}) as the record the law asks for: when it was asked and done,
 * on whose request (the client, or which staff member), from which channel, the tickets anonymised, and how many
 * records of each kind were removed or anonymised. It names nobody: no name, contact or chat id.
 */
@Document("erasures")
public record DeletionRecord(@Id String id, Instant requestedAt, Instant erasedAt, Requester requestedBy,
                             String staffMember, String channel, List<String> tickets, Map<String, Long> removed) {
}
