package org.helpline.intake;

import java.time.Instant;
import java.util.List;

import org.springframework.data.annotation.Id;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.mapping.Document;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

/**
 * Clients who could not give a contract number and left a phone instead. They are not tickets: the regulations
 * accept a request only once the client is identified, so an administrator calls back, identifies them and
 * files it. Kept by intake key, so a request sent twice is stored once.
 */
@Component
class CallBacks {

    /** One call-back to make: who asked, the number to call, and what their problem is. */
    @Document("callbacks")
    record CallBack(@Id String id, String name, String phone, String description, String lang, String channel,
                    String conversationId, Instant requestedAt) {
    }

    private final MongoTemplate mongo;

    CallBacks(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    void request(CallBack callBack) {
        mongo.save(callBack);
    }

    /** Removes the call-backs a conversation asked for; returns how many. */
    long forget(String conversationId) {
        return mongo.remove(Query.query(Criteria.where("conversationId").is(conversationId)), CallBack.class)
                .getDeletedCount();
    }

    /** Every call-back requested, newest first. */
    List<CallBack> all() {
        return mongo.find(new Query().with(Sort.by(Sort.Direction.DESC, "requestedAt")), CallBack.class);
    }
}
