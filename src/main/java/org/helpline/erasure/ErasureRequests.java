package org.helpline.erasure;

import java.time.Clock;
import java.util.List;
import java.util.UUID;

import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/**
 * The erasures asked for and not yet done ({@code erasure_requests}). Apart from {@link Erasure}, which carries
 * them out, so the conversation handler that takes a client's request needs nothing that handles conversations.
 */
@Component
class ErasureRequests {

    private final MongoTemplate mongo;
    private final Clock clock;

    ErasureRequests(MongoTemplate mongo, Clock clock) {
        this.mongo = mongo;
        this.clock = clock;
    }

    /** Asks for the client of the conversation ({@code channel:chatId}) to be forgotten. */
    void add(String conversationId, Requester by, String staffMember) {
        int colon = conversationId.indexOf(':');
        mongo.insert(new ErasureRequest(UUID.randomUUID().toString(), conversationId.substring(0, colon),
                conversationId.substring(colon + 1), by, staffMember, clock.instant(), null));
    }

    /** Every request not yet done, oldest first. */
    List<ErasureRequest> waiting() {
        return mongo.find(new Query().with(Sort.by("requestedAt")), ErasureRequest.class);
    }

    void erased(ErasureRequest request) {
        mongo.updateFirst(Query.query(Criteria.where("_id").is(request.id())), Update.update("erasedAt", clock.instant()),
                ErasureRequest.class);
    }

    void done(ErasureRequest request) {
        mongo.remove(Query.query(Criteria.where("_id").is(request.id())), ErasureRequest.class);
    }
}
