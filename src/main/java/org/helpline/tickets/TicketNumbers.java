package org.helpline.tickets;

import org.bson.Document;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/** Ticket numbers from one atomic counter in the store: never reused, never duplicated, whatever the instance. */
@Component
class TicketNumbers {

    private static final String COUNTERS = "counters";

    private final MongoTemplate mongo;

    TicketNumbers(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    String next() {
        Document counter = mongo.findAndModify(
                Query.query(Criteria.where("_id").is("ticket")),
                new Update().inc("seq", 1L),
                FindAndModifyOptions.options().upsert(true).returnNew(true),
                Document.class, COUNTERS);
        long seq = ((Number) counter.get("seq")).longValue();
        return "HL-%06d".formatted(seq);
    }
}
