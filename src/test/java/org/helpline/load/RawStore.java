package org.helpline.load;

import java.io.ByteArrayInputStream;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

import com.mongodb.ConnectionString;
import com.mongodb.MongoClientSettings;
import com.mongodb.WriteConcern;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.gridfs.GridFSBucket;
import com.mongodb.client.gridfs.GridFSBuckets;
import com.mongodb.client.gridfs.model.GridFSUploadOptions;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.FindOneAndUpdateOptions;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.ReplaceOptions;
import com.mongodb.client.model.ReturnDocument;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import org.bson.Document;
import org.helpline.store.EmbeddedStore;

import static org.helpline.load.SampleClient.CONTRACT;
import static org.helpline.load.SampleClient.DESCRIPTION;
import static org.helpline.load.SampleClient.NAME;
import static org.helpline.load.SampleClient.PHONE_STORED;
import static org.helpline.load.SampleClient.SCREENSHOT;
import static org.helpline.load.SampleClient.SCREENSHOT_NAME;

/**
 * The store alone: what the app writes for one web intake, in its order, straight through the driver, so the
 * app's rate can be read against what its store allows. Per handled request a lease upsert and remove
 * ({@code locks}); the conversation insert, then one versioned replace per request ({@code conversations}); each
 * bot message upserted by id ({@code messages}, as {@code MongoTemplate.save} does); the screenshot in GridFS
 * ({@code attachments}); the ticket counter's {@code $inc} and the ticket insert. The app's reads are left out:
 * this is the store's write rate.
 */
final class RawStore implements AutoCloseable {

    /**
     * Bot replies per client request after the greeting, as the ru dialog answers today: consent, description
     * (no knowledge-base offer), name, contract, phone, the screenshot (2), files done, priority, confirm.
     */
    private static final int[] REPLIES = {1, 1, 1, 1, 1, 2, 1, 1, 1};
    private static final int UPLOAD_STEP = 5;
    private static final String SHA256 = "0".repeat(64);

    private final EmbeddedStore embedded;
    private final MongoClient client;
    private final MongoDatabase db;
    private final boolean dropAfterwards;
    private final String description;
    private final AtomicLong writes = new AtomicLong();
    private final MongoCollection<Document> locks;
    private final MongoCollection<Document> conversations;
    private final MongoCollection<Document> messages;
    private final MongoCollection<Document> tickets;
    private final MongoCollection<Document> counters;
    private final GridFSBucket attachments;

    private RawStore(EmbeddedStore embedded, MongoClient client, String database, boolean dropAfterwards,
                     String description) {
        this.embedded = embedded;
        this.client = client;
        this.db = client.getDatabase(database);
        this.dropAfterwards = dropAfterwards;
        this.description = description;
        if (dropAfterwards) {
            db.drop();
        }
        locks = db.getCollection("locks");
        conversations = db.getCollection("conversations");
        messages = db.getCollection("messages");
        tickets = db.getCollection("tickets");
        counters = db.getCollection("counters");
        // The app's unique indexes: each costs on every insert, so the raw writes pay for them too.
        messages.createIndex(Indexes.ascending("conversationId", "seq"), new IndexOptions().unique(true));
        tickets.createIndex(Indexes.ascending("intakeKey"), new IndexOptions().unique(true));
        attachments = GridFSBuckets.create(db, "attachments");
    }

    /**
     * With a URI: that MongoDB, majority writes as the app uses, in a scratch database dropped before and after.
     * Without: the app's own embedded store on {@code dataDir}, a folder apart from the app's.
     */
    static RawStore open(String mongodbUri, Path dataDir) {
        if (mongodbUri != null) {
            MongoClient client = MongoClients.create(MongoClientSettings.builder()
                    .applyConnectionString(new ConnectionString(mongodbUri))
                    .writeConcern(WriteConcern.MAJORITY)
                    .build());
            return new RawStore(null, client, "helpline_load_raw", true,
                    "MongoDB at the given URI, w:majority, database helpline_load_raw");
        }
        EmbeddedStore embedded = EmbeddedStore.open(dataDir);
        return new RawStore(embedded, MongoClients.create(embedded.connectionString()), "helpline", false,
                "the app's EmbeddedStore on a folder of its own");
    }

    String description() {
        return description;
    }

    /** Writes acknowledged so far, over all phases. */
    long writes() {
        return writes.get();
    }

    void intake() {
        String chatId = UUID.randomUUID().toString();
        String id = "web:" + chatId;
        String intakeKey = UUID.randomUUID().toString();
        Instant now = Instant.now();
        Document snapshot = new Document("intakeKey", intakeKey).append("lang", "ru").append("step", "CONSENT")
                .append("files", List.of()).append("editing", false).append("registerFailures", 0);
        List<Document> recent = new ArrayList<>();

        // The greeting: the session is created under its lease.
        lease(id);
        long seq = transcript(id, 0, 1);
        conversations.insertOne(conversation(id, chatId, seq, 0, snapshot, recent, now));
        wrote(1);
        release(id);

        Document file = null;
        for (int step = 0; step < REPLIES.length; step++) {
            lease(id);
            long first = seq + 1;
            if (step == UPLOAD_STEP) {
                file = screenshot(chatId);
            }
            if (step == REPLIES.length - 1) {
                snapshot.append("ticketNumber", openTicket(intakeKey, id, snapshot, now));
            }
            seq = transcript(id, seq, REPLIES[step]);
            snapshot = advance(snapshot, step, file, now);
            recent.add(new Document("externalId", UUID.randomUUID().toString()).append("firstSeq", first)
                    .append("lastSeq", seq).append("rejection", null));
            long version = step;
            var replaced = conversations.replaceOne(Filters.and(Filters.eq("_id", id), Filters.eq("version", version)),
                    conversation(id, chatId, seq, version + 1, snapshot, recent, Instant.now()));
            wrote(1);
            if (replaced.getMatchedCount() != 1) {
                throw new IllegalStateException("conversation " + id + " changed underneath");
            }
            release(id);
        }
    }

    private void wrote(int count) {
        writes.addAndGet(count);
    }

    private void lease(String id) {
        Date now = new Date();
        locks.updateOne(Filters.and(Filters.eq("_id", id), Filters.lt("until", now)),
                Updates.combine(Updates.set("owner", "load"), Updates.set("until", new Date(now.getTime() + 30_000))),
                new UpdateOptions().upsert(true));
        wrote(1);
    }

    private void release(String id) {
        locks.deleteOne(Filters.and(Filters.eq("_id", id), Filters.eq("owner", "load")));
        wrote(1);
    }

    private long transcript(String conversationId, long seq, int count) {
        for (int i = 0; i < count; i++) {
            seq++;
            String entryId = conversationId + "#" + seq;
            Document entry = new Document("_id", entryId).append("conversationId", conversationId).append("seq", seq)
                    .append("text", "Опишите, пожалуйста, проблему: что случилось, на каком компьютере или в какой "
                            + "программе, что вы уже пробовали. Если есть текст ошибки, перепишите его.")
                    .append("buttons", List.of(new Document("label", "Готово").append("value", "files:done")))
                    .append("at", new Date())
                    .append("_class", "org.helpline.conversation.TranscriptEntry");
            messages.replaceOne(Filters.eq("_id", entryId), entry, new ReplaceOptions().upsert(true));
            wrote(1);
        }
        return seq;
    }

    private Document screenshot(String owner) {
        Document metadata = new Document("contentType", "image/png").append("size", (long) SCREENSHOT.length)
                .append("sha256", SHA256).append("owner", owner);
        var fileId = attachments.uploadFromStream(SCREENSHOT_NAME, new ByteArrayInputStream(SCREENSHOT),
                new GridFSUploadOptions().metadata(metadata));
        wrote(2); // one chunk, one files document
        return new Document("id", fileId.toHexString()).append("filename", SCREENSHOT_NAME)
                .append("contentType", "image/png").append("size", (long) SCREENSHOT.length).append("sha256", SHA256);
    }

    /**
     * The counter's {@code $inc} and the ticket insert. The counter is atomic, so a repeated number is a store
     * bug: its duplicate-key error fails the intake and shows in the report, it is not retried.
     */
    private String openTicket(String intakeKey, String conversationId, Document snapshot, Instant now) {
        Document counter = counters.findOneAndUpdate(Filters.eq("_id", "ticket"), Updates.inc("seq", 1L),
                new FindOneAndUpdateOptions().upsert(true).returnDocument(ReturnDocument.AFTER));
        wrote(1);
        String number = "HL-%06d".formatted(((Number) counter.get("seq")).longValue());
        tickets.insertOne(ticket(number, intakeKey, conversationId, snapshot, now));
        wrote(1);
        return number;
    }

    private static Document advance(Document snapshot, int step, Document file, Instant now) {
        Document next = new Document(snapshot);
        switch (step) {
            case 0 -> next.append("step", "DESCRIPTION").append("consentedAt", Date.from(now)).append("consentVersion", "1");
            case 1 -> next.append("step", "NAME").append("description", DESCRIPTION);
            case 2 -> next.append("step", "CONTRACT").append("name", NAME);
            case 3 -> next.append("step", "CONTACT").append("contract", CONTRACT);
            case 4 -> next.append("step", "FILES").append("phone", PHONE_STORED);
            case 5 -> next.append("step", "MORE_FILES").append("files", List.of(file));
            case 6 -> next.append("step", "PRIORITY");
            case 7 -> next.append("step", "SUMMARY").append("priority", "NORMAL");
            default -> next.append("step", "DONE");
        }
        return next;
    }

    private static Document conversation(String id, String chatId, long lastSeq, long version, Document snapshot,
                                         List<Document> recent, Instant now) {
        return new Document("_id", id).append("channel", "web").append("chatId", chatId).append("lang", "ru")
                .append("lastSeq", lastSeq).append("version", version).append("intake", snapshot)
                .append("recent", List.copyOf(recent)).append("createdAt", Date.from(now))
                .append("updatedAt", new Date())
                .append("_class", "org.helpline.conversation.Conversation");
    }

    private static Document ticket(String number, String intakeKey, String conversationId, Document snapshot,
                                   Instant now) {
        return new Document("_id", number).append("status", "NEW").append("priority", "NORMAL").append("tier", "L1")
                .append("client", new Document("name", NAME).append("contract", CONTRACT)
                        .append("phone", PHONE_STORED).append("channel", "web"))
                .append("description", DESCRIPTION).append("attachments", snapshot.get("files"))
                .append("createdAt", Date.from(now)).append("responseDue", Date.from(now.plus(Duration.ofHours(8))))
                .append("history", List.of(new Document("at", Date.from(now)).append("what", "consent"),
                        new Document("at", Date.from(now)).append("what", "opened")))
                .append("intakeKey", intakeKey).append("conversationId", conversationId)
                .append("_class", "org.helpline.tickets.Ticket");
    }

    @Override
    public void close() {
        if (dropAfterwards) {
            db.drop();
        }
        client.close();
        if (embedded != null) {
            embedded.close();
        }
    }
}
