package org.helpline.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import com.mongodb.ConnectionString;
import com.mongodb.MongoClientSettings;
import com.mongodb.WriteConcern;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import de.bwaldvogel.mongo.MongoServer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.mongodb.MongoDatabaseFactory;
import org.springframework.data.mongodb.core.SimpleMongoClientDatabaseFactory;

/**
 * One MongoClient for the app: to the configured MongoDB, or to an embedded wire-compatible server on a
 * file under the data folder, bound to loopback only (it has no authentication).
 */
@Configuration(proxyBeanMethods = false)
class StoreConfiguration {

    private static final Logger log = LoggerFactory.getLogger(StoreConfiguration.class);

    @Bean(destroyMethod = "shutdownNow")
    EmbeddedServer embeddedServer(StoreSettings settings) {
        if (!settings.embedded()) {
            return EmbeddedServer.NONE;
        }
        Path file = settings.dataDir().resolve("helpline.mv");
        try {
            Files.createDirectories(settings.dataDir());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create the data folder " + settings.dataDir().toAbsolutePath(), e);
        }
        MongoServer server = new MongoServer(new DurableH2Backend(file.toString()));
        server.bind("127.0.0.1", 0);
        log.info("Embedded store on {} at {}", file.toAbsolutePath(), server.getLocalAddress());
        return new EmbeddedServer(server);
    }

    @Bean(destroyMethod = "close")
    MongoClient mongoClient(StoreSettings settings, EmbeddedServer embedded) {
        String uri = settings.embedded() ? embedded.connectionString() : settings.mongodbUri();
        MongoClientSettings.Builder builder = MongoClientSettings.builder()
                .applyConnectionString(new ConnectionString(uri));
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

    /** The embedded server, or nothing when a MongoDB URI is configured. */
    record EmbeddedServer(MongoServer server) {
        static final EmbeddedServer NONE = new EmbeddedServer(null);

        String connectionString() {
            var address = server.getLocalAddress();
            return "mongodb://127.0.0.1:" + address.getPort();
        }

        void shutdownNow() {
            if (server != null) {
                server.shutdownNow();
            }
        }
    }
}
