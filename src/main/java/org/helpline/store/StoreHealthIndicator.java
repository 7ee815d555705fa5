package org.helpline.store;

import org.bson.Document;
import org.springframework.boot.health.contributor.AbstractHealthIndicator;
import org.springframework.boot.health.contributor.Health;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

/** Boot's own Mongo indicator needs the {@code hello} command, which the embedded store lacks: ping instead. */
@Component("store")
class StoreHealthIndicator extends AbstractHealthIndicator {

    private final MongoTemplate mongo;
    private final StoreSettings settings;

    StoreHealthIndicator(MongoTemplate mongo, StoreSettings settings) {
        this.mongo = mongo;
        this.settings = settings;
    }

    @Override
    protected void doHealthCheck(Health.Builder builder) {
        mongo.executeCommand(new Document("ping", 1));
        builder.up().withDetail("embedded", settings.embedded());
    }
}
