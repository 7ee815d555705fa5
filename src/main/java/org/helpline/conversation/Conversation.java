package org.helpline.conversation;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.helpline.intake.IntakeSnapshot;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A client's chat on one channel: the intake's snapshot, the last transcript number, and the last inbound
 * ids handled. Keeping those ids in this document means the dedupe record and the new state are written in
 * one atomic update, so a crash can never leave one without the other.
 */
@Document("conversations")
record Conversation(@Id String id, String channel, String chatId, String lang, long lastSeq, long version,
                    IntakeSnapshot intake, List<Handled> recent, Instant createdAt, Instant updatedAt) {

    static final int REMEMBERED = 50;

    /** An inbound message already handled, and the transcript numbers of its replies. */
    record Handled(String externalId, long firstSeq, long lastSeq, String rejection) {
    }

    Optional<Handled> handled(String externalId) {
        return externalId == null ? Optional.empty()
                : recent.stream().filter(handled -> handled.externalId().equals(externalId)).findFirst();
    }

    Conversation after(IntakeSnapshot next, long newLastSeq, Handled handled, Instant now) {
        List<Handled> remembered = new ArrayList<>(recent);
        if (handled != null) {
            remembered.add(handled);
        }
        while (remembered.size() > REMEMBERED) {
            remembered.removeFirst();
        }
        return new Conversation(id, channel, chatId, next.lang(), newLastSeq, version + 1, next, remembered,
                createdAt, now);
    }
}
