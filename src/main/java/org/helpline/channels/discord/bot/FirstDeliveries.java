package org.helpline.channels.discord.bot;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicReference;

import org.helpline.store.Leases;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

/**
 * Which Discord events (messages, button presses, commands: their snowflake ids are unique) arrived before, so one
 * delivered again — a replayed resume, a second gateway session, another app instance — has no second effect. An
 * id is claimed with a lease in the store ({@code discord_events}) that outlasts any redelivery; expired ones are
 * purged now and then (the embedded store has no TTL index).
 */
public class FirstDeliveries {

    private static final Logger log = LoggerFactory.getLogger(FirstDeliveries.class);

    private static final String COLLECTION = "discord_events";
    private static final String OWNER = "discord";
    private static final Duration REMEMBERED = Duration.ofDays(2);
    private static final Duration PURGE_EVERY = Duration.ofHours(1);

    private final Leases leases;
    private final MongoTemplate mongo;
    private final AtomicReference<Instant> lastPurge = new AtomicReference<>(Instant.MIN);

    FirstDeliveries(Leases leases, MongoTemplate mongo) {
        this.leases = leases;
        this.mongo = mongo;
    }

    /** True the first time the event id is seen, false ever after (within {@link #REMEMBERED}). */
    public boolean first(String eventId) {
        Instant now = Instant.now();
        Instant last = lastPurge.get();
        if (last.isBefore(now.minus(PURGE_EVERY)) && lastPurge.compareAndSet(last, now)) {
            mongo.remove(Query.query(Criteria.where("until").lt(now)), COLLECTION);
        }
        if (leases.tryTake(COLLECTION, eventId, OWNER, REMEMBERED)) {
            return true;
        }
        log.info("Discord event {} delivered again; already handled", eventId);
        return false;
    }
}
