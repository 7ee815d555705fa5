package org.helpline.store;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

/**
 * Creates every declared {@link StoreIndex} once all beans exist and before any of them starts (the web server,
 * the channels' receivers, the outbox dispatcher), so no request or update reaches a collection without its index.
 * Creating an index that exists is a no-op.
 */
@Component
class StoreIndexes implements SmartInitializingSingleton {

    private final MongoTemplate mongo;
    private final ObjectProvider<StoreIndex> declared;

    StoreIndexes(MongoTemplate mongo, ObjectProvider<StoreIndex> declared) {
        this.mongo = mongo;
        this.declared = declared;
    }

    @Override
    public void afterSingletonsInstantiated() {
        declared.orderedStream().forEach(index -> mongo.indexOps(index.entity()).createIndex(index.index()));
    }
}
