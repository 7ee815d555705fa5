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
 * <p>{@code latest} holds the bot's latest messages, so that a message's replies are stored with its new state in
 * the same update; a document stored before it had them has none, and its transcript is all in {@code messages}.
 *
 * <p>{@code lease} is held while a message is handled; a document stored before it had one has none.
 *
 * <p>{@code intake} is how conversations were stored before they had owners (the intake's state alone); such
 * a document is read as owned by the intake with that state, and written back in the new shape.
 */
@org.springframework.data.mongodb.core.mapping.Document("conversations")
record Conversation(@Id String id, String channel, String chatId, String lang, long lastSeq, long version,
                    String owner, Map<String, Document> states, Document intake, List<Handled> recent,
                    Instant createdAt, Instant updatedAt, Lease lease, List<Said> latest) {

    static final int REMEMBERED = 50;
    /** The bot messages kept in this document; older ones are in {@code messages} ({@link TranscriptEntry}). */
    static final int LATEST_KEPT = 30;

    /** A bot message, as kept among the conversation's latest. */
    record Said(long seq, String text, List<Button> buttons, Instant at) {

        ChatMessage message() {
            return new ChatMessage(seq, text, buttons);
        }
    }

    /** Who handles a message of this conversation now, and until when (see {@link ConversationLocks}). */
    record Lease(String token, Instant until) {
    }

    /** An inbound message already handled, and the transcript numbers of its replies. */
    record Handled(String externalId, long firstSeq, long lastSeq, String rejection) {
    }

    Conversation {
        states = states == null ? Map.of() : Map.copyOf(states);
        recent = recent == null ? List.of() : List.copyOf(recent);
        latest = latest == null ? List.of() : List.copyOf(latest);
    }

    static Conversation fresh(String id, String channel, String chatId, String lang, String owner, Document state,
                              Instant now) {
        return new Conversation(id, channel, chatId, lang, 0, 0, owner, Map.of(owner, state), null, List.of(), now, now,
                null, List.of());
    }

    /** This conversation, stored before it had owners, in the shape with owners. */
    Conversation ownedBy(String newOwner, Map<String, Document> newStates) {
        return new Conversation(id, channel, chatId, lang, lastSeq, version, newOwner, newStates, null, recent,
                createdAt, updatedAt, lease, latest);
    }

    Optional<Document> state(String handler) {
        return Optional.ofNullable(states.get(handler));
    }

    Optional<Handled> handled(String externalId) {
        return externalId == null ? Optional.empty()
                : recent.stream().filter(handled -> handled.externalId().equals(externalId)).findFirst();
    }

    /**
     * The next version: owned by {@code nextOwner}, with {@code changed} states replaced and {@code said} after the
     * latest messages; when they would be too many, {@code said} alone (store {@link #leaving} first).
     */
    Conversation after(String nextOwner, Map<String, Document> changed, List<Said> said, Handled handled, Instant now) {
        Map<String, Document> nextStates = new LinkedHashMap<>(states);
        nextStates.putAll(changed);
        List<Handled> remembered = new ArrayList<>(recent);
        if (handled != null) {
            remembered.add(handled);
        }
        while (remembered.size() > REMEMBERED) {
            remembered.removeFirst();
        }
        long newLastSeq = said.isEmpty() ? lastSeq : said.getLast().seq();
        return new Conversation(id, channel, chatId, lang, newLastSeq, version + 1, nextOwner, nextStates, null,
                remembered, createdAt, now, lease, leaving(said).isEmpty() ? concat(latest, said) : said);
    }

    /** The latest messages that saying {@code said} moves out of this document. */
    List<Said> leaving(List<Said> said) {
        return latest.size() + said.size() > LATEST_KEPT ? latest : List.of();
    }

    private static List<Said> concat(List<Said> first, List<Said> then) {
        List<Said> all = new ArrayList<>(first);
        all.addAll(then);
        return all;
    }

    /** This version with no one holding it. */
    Conversation released() {
        return new Conversation(id, channel, chatId, lang, lastSeq, version, owner, states, intake, recent, createdAt,
                updatedAt, null, latest);
    }
}
