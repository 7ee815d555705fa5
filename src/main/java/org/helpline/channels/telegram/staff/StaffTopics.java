package org.helpline.channels.telegram.staff;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.helpline.store.Leases;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.mapping.Document;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

/**
 * Which staff-chat topic belongs to which ticket, in MongoDB ({@code telegram_topics}), so every app instance
 * and a restarted one find it; also the escalation questions still waiting for their reason.
 */
class StaffTopics {

    /** One ticket's topic: the chat and its {@code message_thread_id}, and the ids of unanswered reason questions. */
    @Document("telegram_topics")
    record Topic(@Id String number, long chatId, int threadId, List<Integer> reasonPrompts) {
    }

    private static final String CLAIMS = "telegram_topic_claims";

    private final MongoTemplate mongo;
    private final Leases leases;
    private final String owner = UUID.randomUUID().toString();
    private final long chatId;

    StaffTopics(MongoTemplate mongo, Leases leases, long chatId) {
        this.mongo = mongo;
        this.leases = leases;
        this.chatId = chatId;
    }

    void save(String number, int threadId) {
        mongo.save(new Topic(number, chatId, threadId, List.of()));
    }

    /** True if this instance may create the ticket's topic now: nobody else is at it, or their attempt ran out. */
    boolean claim(String number, Duration lease) {
        return leases.tryTake(CLAIMS, number, owner, lease);
    }

    /** The ticket's topic in the configured staff chat. */
    Optional<Integer> threadOf(String number) {
        return Optional.ofNullable(mongo.findById(number, Topic.class))
                .filter(topic -> topic.chatId() == chatId).map(Topic::threadId);
    }

    /** The ticket whose topic this is. */
    Optional<String> numberOf(int threadId) {
        return Optional.ofNullable(mongo.findOne(Query.query(Criteria.where("chatId").is(chatId).and("threadId").is(threadId)),
                Topic.class)).map(Topic::number);
    }

    /** Remembers a question asking for an escalation reason, so the reply to it is recognised. */
    void awaitReason(String number, int promptMessageId) {
        mongo.updateFirst(Query.query(Criteria.where("_id").is(number)),
                new Update().addToSet("reasonPrompts", promptMessageId), Topic.class);
    }

    /** True, once, if {@code messageId} is an unanswered reason question of the ticket; it is answered then. */
    boolean answerReason(String number, int messageId) {
        return mongo.updateFirst(Query.query(Criteria.where("_id").is(number).and("reasonPrompts").is(messageId)),
                new Update().pull("reasonPrompts", messageId), Topic.class).getModifiedCount() == 1;
    }
}
