package org.helpline.store;

import java.util.Optional;

import com.mongodb.ConnectionString;
import com.mongodb.MongoClientSettings;
import com.mongodb.WriteConcern;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.event.CommandListener;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.mongodb.MongoDatabaseFactory;
import org.springframework.data.mongodb.core.SimpleMongoClientDatabaseFactory;

/**
 * One MongoClient for the app: to the configured MongoDB (majority writes), or to the embedded store on a file
 * under the data folder. Every {@link CommandListener} bean listens to it: Boot's Micrometer listener makes the
 * {@code mongodb.driver.commands} metric (round trips by command and collection) that the load generator reads.
 */
@Configuration(proxyBeanMethods = false)
class StoreConfiguration {

    private static final Logger log = LoggerFactory.getLogger(StoreConfiguration.class);

    /** The embedded store while it runs; empty when a MongoDB URI is configured. */
    record Embedded(Optional<EmbeddedStore> store) implements AutoCloseable {
        @Override
        public void close() {
            store.ifPresent(EmbeddedStore::close);
        }
    }

    @Bean
    Embedded embeddedStore(StoreSettings settings) {
        if (!settings.embedded()) {
            return new Embedded(Optional.empty());
        }
        EmbeddedStore store = EmbeddedStore.open(settings.dataDir());
        log.info("Embedded store on {} at {}", settings.dataDir().resolve(EmbeddedStore.FILE).toAbsolutePath(),
                store.connectionString());
        return new Embedded(Optional.of(store));
    }

    @Bean(destroyMethod = "close")
    MongoClient mongoClient(StoreSettings settings, Embedded embedded, ObjectProvider<CommandListener> listeners) {
        String uri = embedded.store().map(EmbeddedStore::connectionString).orElse(settings.mongodbUri());
        MongoClientSettings.Builder builder = MongoClientSettings.builder()
                .applyConnectionString(new ConnectionString(uri));
        listeners.orderedStream().forEach(builder::addCommandListener);
        if (!settings.embedded()) {
            builder.writeConcern(WriteConcern.MAJORITY);
        }
        return MongoClients.create(builder.build());
    }

    @Bean
    MongoDatabaseFactory mongoDatabaseFactory(MongoClient client, StoreSettings settings) {
        String fromUri = settings.embedded() ? null : new ConnectionString(settings.mongodbUri()).getDatabase();
        return new SimpleMongoClientDatabaseFactory(client, fromUri != null ? fromUri : settings.database());
    }
}
