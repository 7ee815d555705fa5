package org.helpline.channels.telegram;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

import org.bson.Document;
import org.helpline.conversation.Button;
import org.springframework.data.annotation.Id;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

/**
 * Every message the bot sends, stored before it is sent ({@code telegram_outbox}), so a restart or a Telegram
 * outage loses none; {@link OutboxDispatcher} sends them. Messages carry a global sequence number: each chat's
 * go out in that order. A message is deleted once Telegram has it; one Telegram refuses for good stays, marked
 * failed. A message being sent is claimed for a while ({@link #claim}), so a second app instance leaves it be
 * and a crashed sender's claim runs out.
 */
class TelegramOutbox {

    enum Status { PENDING, SENDING, FAILED }

    /**
     * One message to send, into a forum topic when {@code threadId} is set: a text with optional inline buttons;
     * or a stored attachment (by its id in the attachment store, never its bytes) with the text as caption; or,
     * with {@code reasonFor} set, a question asking for that ticket's escalation reason, answered by replying.
     */
    @org.springframework.data.mongodb.core.mapping.Document("telegram_outbox")
    record Message(@Id String id, long seq, String chatId, Integer threadId, String text, List<Button> buttons,
                   String attachmentId, String filename, String reasonFor, Instant created, int attempts,
                   Instant nextAttempt, Status status, Instant claimedUntil, String error) {

        static Message text(String chatId, Integer threadId, String text, List<Button> buttons) {
            return new Message(null, 0, chatId, threadId, text, buttons, null, null, null, null, 0, null,
                    Status.PENDING, null, null);
        }

        static Message document(String chatId, Integer threadId, String attachmentId, String filename, String caption) {
            return new Message(null, 0, chatId, threadId, caption, List.of(), attachmentId, filename, null, null, 0,
                    null, Status.PENDING, null, null);
        }

        static Message reasonQuestion(String chatId, Integer threadId, String text, String number) {
            return new Message(null, 0, chatId, threadId, text, List.of(), null, null, number, null, 0, null,
                    Status.PENDING, null, null);
        }

        /** When it may be tried: its next attempt, or for one being sent when its sender's claim runs out. */
        Instant due() {
            return status == Status.SENDING ? claimedUntil : nextAttempt;
        }
    }

    private static final String SEQUENCE = "telegram_outbox_sequence";

    private final MongoTemplate mongo;
    private final Semaphore work = new Semaphore(0);

    TelegramOutbox(MongoTemplate mongo) {
        this.mongo = mongo;
        mongo.indexOps(Message.class).createIndex(new Index().on("seq", Sort.Direction.ASC).unique());
    }

    /** Stores the messages to go out in this order after everything already queued for their chats. */
    void enqueue(List<Message> messages) {
        if (messages.isEmpty()) {
            return;
        }
        long last = reserve(messages.size());
        Instant now = Instant.now();
        List<Message> numbered = new ArrayList<>();
        for (int i = 0; i < messages.size(); i++) {
            Message m = messages.get(i);
            numbered.add(new Message(null, last - messages.size() + 1 + i, m.chatId(), m.threadId(), m.text(),
                    m.buttons(), m.attachmentId(), m.filename(), m.reasonFor(), now, 0, now, Status.PENDING, null, null));
        }
        mongo.insert(numbered, Message.class);
        work.release();
    }

    /** Takes {@code count} numbers of the sequence; returns the last. */
    private long reserve(int count) {
        Document counter = mongo.findAndModify(Query.query(Criteria.where("_id").is("seq")),
                new Update().inc("next", (long) count), FindAndModifyOptions.options().upsert(true).returnNew(true),
                Document.class, SEQUENCE);
        return ((Number) counter.get("next")).longValue();
    }

    /** The first message of every chat with messages still to send (pending or being sent), in sequence order. */
    List<Message> heads() {
        Query unsent = Query.query(Criteria.where("status").in(Status.PENDING, Status.SENDING)).with(Sort.by("seq"));
        Map<String, Message> heads = new LinkedHashMap<>();
        for (Message message : mongo.find(unsent, Message.class)) {
            heads.putIfAbsent(message.chatId(), message);
        }
        return List.copyOf(heads.values());
    }

    /** Claims the message for sending until {@code until}; false if someone else changed or claimed it first. */
    boolean claim(Message message, Instant until) {
        Query unchanged = Query.query(Criteria.where("_id").is(message.id()).and("status").is(message.status())
                .and("claimedUntil").is(message.claimedUntil()));
        return mongo.updateFirst(unchanged, new Update().set("status", Status.SENDING).set("claimedUntil", until),
                Message.class).getModifiedCount() == 1;
    }

    /** Telegram has the message: it leaves the outbox. */
    void sent(Message message) {
        mongo.remove(Query.query(Criteria.where("_id").is(message.id())), Message.class);
    }

    /** Sending failed for now: the message (and its chat's later ones) wait until {@code next}. */
    void retryAt(Message message, Instant next, String error) {
        mongo.updateFirst(Query.query(Criteria.where("_id").is(message.id())), new Update().inc("attempts", 1)
                .set("nextAttempt", next).set("status", Status.PENDING).set("claimedUntil", null).set("error", error),
                Message.class);
    }

    /** Telegram refused the message for good: it stays, failed, and the chat's later messages go on. */
    void failed(Message message, String error) {
        mongo.updateFirst(Query.query(Criteria.where("_id").is(message.id())), new Update().inc("attempts", 1)
                .set("status", Status.FAILED).set("claimedUntil", null).set("error", error), Message.class);
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
