package org.helpline.conversation;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.bson.Document;
import org.springframework.data.annotation.Id;

/**
 * A client's chat on one channel: who owns it (the intake, the handoff…) and each handler's state, opaque
 * here; the last transcript number, and the last inbound ids handled. Keeping those ids in this document
 * means the dedupe record and the new state are written in one atomic update, so a crash can never leave one
 * without the other.
 *
 * <p>{@code lease} is held while a message is handled; a document stored before it had one has none.
 *
 * <p>{@code intake} is how conversations were stored before they had owners (the intake's state alone); such
 * a document is read as owned by the intake with that state, and written back in the new shape.
 */
@org.springframework.data.mongodb.core.mapping.Document("conversations")
record Conversation(@Id String id, String channel, String chatId, String lang, long lastSeq, long version,
                    String owner, Map<String, Document> states, Document intake, List<Handled> recent,
                    Instant createdAt, Instant updatedAt, Lease lease) {

    static final int REMEMBERED = 50;

    /** Who handles a message of this conversation now, and until when (see {@link ConversationLocks}). */
    record Lease(String token, Instant until) {
    }

    /** An inbound message already handled, and the transcript numbers of its replies. */
    record Handled(String externalId, long firstSeq, long lastSeq, String rejection) {
    }

    Conversation {
        states = states == null ? Map.of() : Map.copyOf(states);
        recent = recent == null ? List.of() : List.copyOf(recent);
    }

    static Conversation fresh(String id, String channel, String chatId, String lang, String owner, Document state,
                              Instant now) {
        return new Conversation(id, channel, chatId, lang, 0, 0, owner, Map.of(owner, state), null, List.of(), now, now,
                null);
    }

    /** This conversation, stored before it had owners, in the shape with owners. */
    Conversation ownedBy(String newOwner, Map<String, Document> newStates) {
        return new Conversation(id, channel, chatId, lang, lastSeq, version, newOwner, newStates, null, recent,
                createdAt, updatedAt, lease);
    }

    Optional<Document> state(String handler) {
        return Optional.ofNullable(states.get(handler));
    }

    Optional<Handled> handled(String externalId) {
        return externalId == null ? Optional.empty()
                : recent.stream().filter(handled -> handled.externalId().equals(externalId)).findFirst();
    }

    /** The next version: owned by {@code nextOwner}, with {@code changed} states replaced. */
    Conversation after(String nextOwner, Map<String, Document> changed, long newLastSeq, Handled handled, Instant now) {
        Map<String, Document> nextStates = new LinkedHashMap<>(states);
        nextStates.putAll(changed);
        List<Handled> remembered = new ArrayList<>(recent);
        if (handled != null) {
            remembered.add(handled);
        }
        while (remembered.size() > REMEMBERED) {
            remembered.removeFirst();
        }
        return new Conversation(id, channel, chatId, lang, newLastSeq, version + 1, nextOwner, nextStates, null,
                remembered, createdAt, now, lease);
    }

    /** This version with no one holding it. */
    Conversation released() {
        return new Conversation(id, channel, chatId, lang, lastSeq, version, owner, states, intake, recent, createdAt,
                updatedAt, null);
    }
}
