package org.helpline.store;

import org.bson.Document;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/**
 * Atomic counters kept in the store: one {@code $inc} with upsert, so every app instance draws from the same
 * sequence and no number is handed out twice. A counter is a field of a document; the first use creates it.
 */
@Component
public class Counters {

    private final MongoTemplate mongo;

    Counters(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    /** Adds {@code amount} to the counter {@code field} of document {@code key} in {@code collection}; returns the new value. */
    public long add(String collection, String key, String field, long amount) {
        Document counter = mongo.findAndModify(Query.query(Criteria.where("_id").is(key)),
                new Update().inc(field, amount), FindAndModifyOptions.options().upsert(true).returnNew(true),
                Document.class, collection);
        return ((Number) counter.get(field)).longValue();
    }
}
