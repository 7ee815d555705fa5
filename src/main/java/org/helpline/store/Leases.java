package org.helpline.store;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/**
 * Short exclusive leases kept in a collection of the store, for work that one app instance at a time should do.
 * Taking one is an upsert that matches only an expired lease, so a live lease makes it fail on the unique id;
 * a lease whose holder died simply runs out.
 */
@Component
public class Leases {

    private final MongoTemplate mongo;
    private final Clock clock;

    Leases(MongoTemplate mongo, Clock clock) {
        this.mongo = mongo;
        this.clock = clock;
    }

    /** Takes the lease on {@code key} for {@code owner}, unless someone else holds a live one. */
    public boolean tryTake(String collection, String key, String owner, Duration length) {
        Instant now = clock.instant();
        return take(collection, key, Criteria.where("until").lt(now), owner, now.plus(length));
    }

    /**
     * Takes the lease on {@code key} for {@code owner}, or extends it when {@code owner} holds it already, for
     * {@code length} from now; false while someone else holds a live one. For work held for as long as the holder
     * lives, renewed well before it runs out.
     */
    public boolean hold(String collection, String key, String owner, Duration length) {
        Instant now = clock.instant();
        Criteria ownOrRunOut = new Criteria().orOperator(Criteria.where("owner").is(owner), Criteria.where("until").lt(now));
        return take(collection, key, ownOrRunOut, owner, now.plus(length));
    }

    private boolean take(String collection, String key, Criteria free, String owner, Instant until) {
        try {
            mongo.upsert(Query.query(Criteria.where("_id").is(key)).addCriteria(free),
                    new Update().set("owner", owner).set("until", until), collection);
            return true;
        } catch (DuplicateKeyException heldElsewhere) {
            return false;
        }
    }

    /** Gives the lease back early, if {@code owner} still holds it. */
    public void release(String collection, String key, String owner) {
        mongo.remove(Query.query(Criteria.where("_id").is(key).and("owner").is(owner)), collection);
    }
}
