package org.helpline.outbox;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

import org.bson.Document;
import org.helpline.outbox.QueuedMessage.Status;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/**
 * Every message a channel sends, stored before it is sent ({@code outbox}), so a restart or an outage loses none;
 * {@link OutboxDispatcher} sends them through their {@link OutboxChannel}. Messages carry a global sequence number:
 * each chat's go out in that order. A message is deleted once its channel has it; one the channel refuses for good
 * stays, marked failed. A message being sent is claimed for a while by one sender, so other app instances leave it
 * be and a crashed sender's claim runs out.
 */
@Component
public class Outbox {

    private static final String SEQUENCE = "outbox_sequence";

    private final MongoTemplate mongo;
    private final Semaphore work = new Semaphore(0);

    Outbox(MongoTemplate mongo) {
        this.mongo = mongo;
        mongo.indexOps(QueuedMessage.class).createIndex(new Index().on("seq", Sort.Direction.ASC).unique());
    }

    /** Stores the messages; they go out in this order after everything already queued for their chats. */
    public void enqueue(List<OutgoingMessage> messages) {
        if (messages.isEmpty()) {
            return;
        }
        long first = reserve(messages.size()) - messages.size() + 1;
        Instant now = Instant.now();
        List<QueuedMessage> numbered = new ArrayList<>();
        for (int i = 0; i < messages.size(); i++) {
            numbered.add(QueuedMessage.of(messages.get(i), first + i, now));
        }
        mongo.insert(numbered, QueuedMessage.class);
        work.release();
    }

    /** Takes {@code count} numbers of the sequence; returns the last. */
    private long reserve(int count) {
        Document counter = mongo.findAndModify(Query.query(Criteria.where("_id").is("seq")),
                new Update().inc("next", (long) count), FindAndModifyOptions.options().upsert(true).returnNew(true),
                Document.class, SEQUENCE);
        return ((Number) counter.get("next")).longValue();
    }

    /** The first message of every chat of these channels with messages still to send, in sequence order. */
    List<QueuedMessage> heads(Collection<String> channels) {
        Query unsent = Query.query(Criteria.where("status").in(Status.PENDING, Status.SENDING)
                .and("channel").in(channels)).with(Sort.by("seq"));
        Map<String, QueuedMessage> heads = new LinkedHashMap<>();
        for (QueuedMessage message : mongo.find(unsent, QueuedMessage.class)) {
            heads.putIfAbsent(message.chatKey(), message);
        }
        return List.copyOf(heads.values());
    }

    /**
     * Claims the chat's head message for {@code sender} until {@code until}, if it is still due at {@code now}: waiting
     * and its next attempt come ({@code nextAttempt}, so a retry's backoff holds whoever read it), or being sent by a
     * sender whose claim ran out. Atomic in the store, so of several instances that read the same head one claims it.
     * Returns the message as claimed, with its attempts so far, or empty if another instance changed it first.
     */
    Optional<QueuedMessage> claim(QueuedMessage head, String sender, Instant now, Instant until) {
        Query due = Query.query(Criteria.where("_id").is(head.id()).orOperator(
                Criteria.where("status").is(Status.PENDING).and("nextAttempt").lte(now),
                Criteria.where("status").is(Status.SENDING).and("claimedUntil").lte(now)));
        return Optional.ofNullable(mongo.findAndModify(due, new Update().set("status", Status.SENDING)
                .set("claimedUntil", until).set("claimedBy", sender), FindAndModifyOptions.options().returnNew(true),
                QueuedMessage.class));
    }

    /** The channel has the message: it leaves the outbox. */
    void sent(QueuedMessage message) {
        mongo.remove(Query.query(Criteria.where("_id").is(message.id())), QueuedMessage.class);
    }

    /** Sending failed for now: the message (and its chat's later ones) wait until {@code next}. */
    void retryAt(QueuedMessage message, Instant next, String error) {
        mongo.updateFirst(stillClaimed(message), new Update().inc("attempts", 1)
                .set("nextAttempt", next).set("status", Status.PENDING).set("claimedUntil", null).set("claimedBy", null)
                .set("error", error), QueuedMessage.class);
    }

    /** The channel refused the message for good: it stays, failed, and the chat's later messages go on. */
    void failed(QueuedMessage message, String error) {
        mongo.updateFirst(stillClaimed(message), new Update().inc("attempts", 1).set("status", Status.FAILED)
                .set("claimedUntil", null).set("claimedBy", null).set("error", error), QueuedMessage.class);
    }

    /** The message while its sender's claim stands: one whose claim ran out and was claimed again is the new sender's. */
    private static Query stillClaimed(QueuedMessage message) {
        return Query.query(Criteria.where("_id").is(message.id()).and("claimedBy").is(message.claimedBy()));
    }

    /** Wakes whoever waits in {@link #awaitWork}. */
    void signal() {
        work.release();
    }

    /** Waits until something is enqueued or signalled, at most {@code max}. */
    void awaitWork(Duration max) throws InterruptedException {
        if (work.tryAcquire(Math.max(1, max.toMillis()), TimeUnit.MILLISECONDS)) {
            work.drainPermits();
        }
    }
}
