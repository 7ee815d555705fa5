package org.helpline.store;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

/**
 * Removes what is kept only for a while, as the embedded store has no TTL index: the modules that own such records
 * declare their purge here, and all purges run together every {@link RetentionSettings#purgeEvery()} on one instance
 * of a cluster ({@link ScheduledJobs#onOneInstance}).
 */
@Component
public class Purges {

    private static final Logger log = LoggerFactory.getLogger(Purges.class);

    private record Purge(String name, Runnable work) {
    }

    private final MongoTemplate mongo;
    private final Clock clock;
    private final List<Purge> purges = new CopyOnWriteArrayList<>();

    Purges(MongoTemplate mongo, ScheduledJobs jobs, RetentionSettings settings, Clock clock) {
        this.mongo = mongo;
        this.clock = clock;
        jobs.onOneInstance("purges", settings.purgeEvery(), settings.purgeEvery(), this::runAll);
    }

    /** Purges, with the others, the documents of {@code collection} whose {@code at} is more than {@code kept} ago. */
    public void olderThan(String collection, String at, Duration kept) {
        olderThan(collection, at, kept, null);
    }

    /** As {@link #olderThan(String, String, Duration)}, of the documents that also match {@code only} (when set). */
    public void olderThan(String collection, String at, Duration kept, Criteria only) {
        add(collection, () -> {
            Query old = Query.query(Criteria.where(at).lt(clock.instant().minus(kept)));
            if (only != null) {
                old.addCriteria(only);
            }
            long removed = mongo.remove(old, collection).getDeletedCount();
            if (removed > 0) {
                log.info("Purged {} from {} kept longer than {}", removed, collection, kept);
            }
        });
    }

    /** A purge of its own kind (several collections, a rule the store cannot query), run with the others. */
    public void add(String name, Runnable purge) {
        purges.add(new Purge(name, purge));
    }

    /** Every purge once, now; one that fails does not keep the others from running. */
    void runAll() {
        for (Purge purge : purges) {
            try {
                purge.work().run();
            } catch (RuntimeException e) {
                log.warn("Purge of {} failed; the next round tries again", purge.name(), e);
            }
        }
    }
}
