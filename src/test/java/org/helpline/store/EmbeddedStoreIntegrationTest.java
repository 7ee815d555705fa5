package org.helpline.store;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.FindOneAndUpdateOptions;
import com.mongodb.client.model.ReturnDocument;
import com.mongodb.client.model.Updates;
import de.bwaldvogel.mongo.MongoServer;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/** The embedded store through the real MongoDB driver: single-document updates are atomic, as MongoDB's are. */
class EmbeddedStoreIntegrationTest {

    @TempDir
    Path dir;

    @Test
    void concurrentIncrementsOfOneCounterNeverReturnTheSameValue() throws Exception {
        MongoServer server = new MongoServer(new DurableH2Backend(dir.resolve("store.mv").toString()));
        server.bind("127.0.0.1", 0);
        try (MongoClient client = MongoClients.create("mongodb://127.0.0.1:" + server.getLocalAddress().getPort())) {
            var counters = client.getDatabase("helpline").getCollection("counters");
            var options = new FindOneAndUpdateOptions().upsert(true).returnDocument(ReturnDocument.AFTER);
            Set<Long> seen = ConcurrentHashMap.newKeySet();
            List<Future<Boolean>> calls = new ArrayList<>();
            try (var pool = Executors.newFixedThreadPool(48)) {
                for (int i = 0; i < 4800; i++) {
                    calls.add(pool.submit(() -> {
                        Document after = counters.findOneAndUpdate(Filters.eq("_id", "ticket"), Updates.inc("seq", 1L), options);
                        return seen.add(after.getLong("seq"));
                    }));
                }
                for (Future<Boolean> call : calls) {
                    call.get();
                }
            }
            assertThat(seen).hasSize(4800);
        } finally {
            server.shutdownNow();
        }
    }
}
