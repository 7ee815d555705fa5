package org.helpline.load;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import java.util.zip.CRC32;

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
import org.HdrHistogram.ConcurrentHistogram;
import org.HdrHistogram.Histogram;
import org.bson.Document;
import org.helpline.HelplineApplication;
import org.helpline.store.EmbeddedStore;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Load for the web chat: N concurrent clients each walk whole intakes (consent to ticket number) through the
 * HTTP API, then, in the same run, N writers do the same store writes directly through the MongoDB driver,
 * so the app's rate can be read against what its store alone allows.
 *
 * <p>Not a test (Surefire's default includes do not match the name) and not packaged: run it with
 * {@code tools/load.sh --clients 1,16,64 --seconds 20}. Options:
 * <ul>
 *   <li>{@code --clients 1,16,64} concurrent clients per level (default 1,16,64)</li>
 *   <li>{@code --seconds 20} per level and phase; or {@code --intakes N} per client instead</li>
 *   <li>{@code --warmup-seconds 5} once before the levels, for the app and for the raw store (0: none)</li>
 *   <li>{@code --url http://host:port} target a running app instead of starting one in this JVM; that app
 *       needs raised {@code helpline.web-chat.*-per-minute} limits</li>
 *   <li>{@code --mongodb-uri mongodb://...} the store: passed to the in-process app, and used for the raw
 *       phase (database {@code helpline_load_raw}, dropped afterwards); without it the raw phase opens the
 *       app's own {@link EmbeddedStore} on a folder of its own</li>
 *   <li>{@code --lang ru}</li>
 * </ul>
 */
public final class LoadGenerator {

    private static final String DESCRIPTION = "Не работает почта в Outlook, ошибка 0x800CCC0E при отправке";
    private static final String NAME = "Иванова Анна Сергеевна";
    private static final String CONTRACT = "Д-20417";
    private static final String PHONE = "+7 912 345-67-89";
    private static final byte[] PNG = png();
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final Options options;
    private final HttpClient http = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10))
            .executor(Executors.newVirtualThreadPerTaskExecutor())
            .build();
    private URI base;

    private LoadGenerator(Options options) {
        this.options = options;
    }

    public static void main(String[] args) throws Exception {
        Options options;
        try {
            options = Options.parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.err.println("usage: LoadGenerator [--clients 1,16,64] [--seconds 20 | --intakes N] "
                    + "[--warmup-seconds 5] [--url http://host:port] [--mongodb-uri mongodb://...] [--lang ru]");
            System.exit(2);
            return;
        }
        new LoadGenerator(options).run();
        // The in-process app and the HTTP client leave non-daemon threads behind.
        System.exit(0);
    }

    private void run() throws Exception {
        quietLogging();
        Path scratch = Files.createTempDirectory("helpline-load-");
        ConfigurableApplicationContext app = null;
        List<Level> levels = new ArrayList<>();
        try {
            if (options.url != null) {
                base = URI.create(options.url.endsWith("/") ? options.url : options.url + "/");
            } else {
                app = startApp(scratch.resolve("app-data"));
            }
            System.out.printf(Locale.ROOT, "Helpline load: app %s (%s), store %s, %s per level, %d core(s) here, Java %s%n",
                    base, options.url == null ? "in this JVM" : "remote",
                    options.mongodbUri == null ? "embedded mongo-java-server + H2 (default)" : redact(options.mongodbUri),
                    options.intakes > 0 ? options.intakes + " intake(s) per client" : options.seconds + " s",
                    Runtime.getRuntime().availableProcessors(), Runtime.version());
            if (options.url == null) {
                System.out.println("Note: the app runs in this JVM, so its heap figures include the load generator's own.");
            }

            try (RawStore raw = RawStore.open(options.mongodbUri, scratch.resolve("raw-data"))) {
                if (options.warmupSeconds > 0) {
                    int warmClients = Math.min(8, options.clients.stream().mapToInt(Integer::intValue).max().orElse(1));
                    System.out.printf(Locale.ROOT, "Warming up for %d s (%d clients, app then raw store), not counted...%n",
                            options.warmupSeconds, warmClients);
                    appPhase(warmClients, Duration.ofSeconds(options.warmupSeconds), 0);
                    rawPhase(raw, warmClients, Duration.ofSeconds(options.warmupSeconds), 0);
                }
                for (int clients : options.clients) {
                    Duration duration = Duration.ofSeconds(options.seconds);
                    AppResult result = appPhase(clients, duration, options.intakes);
                    RawResult rawResult = rawPhase(raw, clients, duration, options.intakes);
                    Level level = new Level(clients, result, rawResult);
                    levels.add(level);
                    level.print();
                }
            }
            printSummary(levels);
        } finally {
            if (app != null) {
                app.close();
            }
            deleteRecursively(scratch);
        }
    }

    // ---------------------------------------------------------------- the app, over HTTP

    private ConfigurableApplicationContext startApp(Path dataDir) {
        List<String> args = new ArrayList<>(List.of(
                "--server.port=0",
                "--helpline.store.data-dir=" + dataDir,
                "--helpline.web-chat.sessions-per-minute=100000000",
                "--helpline.web-chat.messages-per-minute=100000000",
                "--management.endpoints.web.exposure.include=health,info,prometheus,metrics",
                "--spring.main.banner-mode=off",
                "--logging.level.root=WARN",
                // "adding secondary index ... not yet implemented" for GridFS, once per bucket use.
                "--logging.level.de.bwaldvogel.mongo.backend=ERROR"));
        if (options.mongodbUri != null) {
            args.add("--helpline.store.mongodb-uri=" + options.mongodbUri);
        }
        long started = System.nanoTime();
        ConfigurableApplicationContext context = SpringApplication.run(HelplineApplication.class, args.toArray(String[]::new));
        String port = context.getEnvironment().getProperty("local.server.port");
        base = URI.create("http://127.0.0.1:" + port + "/");
        System.out.printf(Locale.ROOT, "Started the app in this JVM on port %s in %.1f s (data in a temp folder)%n",
                port, (System.nanoTime() - started) / 1e9);
        return context;
    }

    private AppResult appPhase(int clients, Duration duration, int intakesPerClient) throws Exception {
        AppResult result = new AppResult();
        HeapSampler heap = new HeapSampler();
        Thread sampler = Thread.ofVirtual().start(heap);
        long start = System.nanoTime();
        long deadline = start + duration.toNanos();
        try (ExecutorService pool = Executors.newVirtualThreadPerTaskExecutor()) {
            List<Future<?>> running = new ArrayList<>();
            for (int i = 0; i < clients; i++) {
                running.add(pool.submit(() -> {
                    int done = 0;
                    while (intakesPerClient > 0 ? done < intakesPerClient : System.nanoTime() < deadline) {
                        try {
                            intake(result);
                            result.intakes.incrementAndGet();
                        } catch (Exception e) {
                            result.failed(e);
                        }
                        done++;
                    }
                    return null;
                }));
            }
            for (Future<?> future : running) {
                future.get();
            }
        }
        result.elapsedNanos = System.nanoTime() - start;
        heap.stop();
        sampler.join();
        result.heapEnd = heapUsed();
        result.heapMax = Math.max(heap.max, result.heapEnd);
        if (options.url == null) {
            // Same JVM: a full collection here shows what the app (and this generator) really keeps.
            System.gc();
            result.heapLive = heapUsed();
        } else {
            long live = liveAfterGc();
            result.heapLive = live > 0 ? live : -1; // 0: no old-generation collection has happened yet
        }
        result.heapLimit = heapMax();
        return result;
    }

    /** One whole intake, consent to ticket number; every request's latency is recorded. */
    private void intake(AppResult result) throws IOException, InterruptedException {
        JsonNode opened = post(result, "api/chat/sessions", Map.of("lang", options.lang));
        String session = opened.path("sessionId").asString();
        if (session.isEmpty()) {
            throw new IllegalStateException("no sessionId in " + opened);
        }
        String messages = "api/chat/sessions/" + session + "/messages";
        expectButton(post(result, messages, action("consent:yes")), null);
        JsonNode described = post(result, messages, text(DESCRIPTION));
        if (hasButton(described, "kb:continue")) {
            post(result, messages, action("kb:continue"));
        }
        post(result, messages, text(NAME));
        post(result, messages, text(CONTRACT));
        post(result, messages, text(PHONE));
        expectButton(upload(result, "api/chat/sessions/" + session + "/attachments"), "files:done");
        expectButton(post(result, messages, action("files:done")), "priority:normal");
        expectButton(post(result, messages, action("priority:normal")), "summary:confirm");
        JsonNode confirmed = post(result, messages, action("summary:confirm"));
        if (!texts(confirmed).contains("HL-")) {
            throw new IllegalStateException("no ticket number after summary:confirm: " + texts(confirmed));
        }
    }

    private static Map<String, String> action(String value) {
        return Map.of("action", value, "clientMessageId", UUID.randomUUID().toString());
    }

    private static Map<String, String> text(String value) {
        return Map.of("text", value, "clientMessageId", UUID.randomUUID().toString());
    }

    private JsonNode post(AppResult result, String path, Map<String, String> body) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(base.resolve(path))
                .timeout(Duration.ofSeconds(60))
                .header("Content-Type", "application/json")
                .header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)))
                .build();
        return exchange(result, request, path);
    }

    private JsonNode upload(AppResult result, String path) throws IOException, InterruptedException {
        String boundary = "helpline-load-" + UUID.randomUUID();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.writeBytes(("--" + boundary + "\r\n"
                + "Content-Disposition: form-data; name=\"file\"; filename=\"screen.png\"\r\n"
                + "Content-Type: image/png\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.writeBytes(PNG);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        HttpRequest request = HttpRequest.newBuilder(base.resolve(path))
                .timeout(Duration.ofSeconds(60))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
                .build();
        return exchange(result, request, path);
    }

    private JsonNode exchange(AppResult result, HttpRequest request, String path) throws IOException, InterruptedException {
        long sent = System.nanoTime();
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        long micros = (System.nanoTime() - sent) / 1_000;
        result.latency.recordValue(Math.min(micros, result.latency.getHighestTrackableValue()));
        result.messages.incrementAndGet();
        if (response.statusCode() != 200) {
            throw new IllegalStateException("HTTP " + response.statusCode() + " from POST " + path.replaceAll(
                    "[0-9a-f-]{36}", "{id}") + ": " + abbreviate(response.body()));
        }
        return JSON.readTree(response.body());
    }

    private static boolean hasButton(JsonNode reply, String value) {
        for (JsonNode message : reply.path("messages")) {
            for (JsonNode button : message.path("buttons")) {
                if (value.equals(button.path("value").asString())) {
                    return true;
                }
            }
        }
        return false;
    }

    private static void expectButton(JsonNode reply, String value) {
        if (value != null && !hasButton(reply, value)) {
            throw new IllegalStateException("expected a '" + value + "' button, got: " + abbreviate(texts(reply)));
        }
    }

    private static String texts(JsonNode reply) {
        StringBuilder texts = new StringBuilder();
        for (JsonNode message : reply.path("messages")) {
            texts.append(message.path("text").asString()).append(" | ");
        }
        return texts.toString();
    }

    /** Heap used by the app: Actuator's metrics endpoint, else the Prometheus scrape (the default exposure). */
    private long heapUsed() {
        return metric("jvm.memory.used?tag=area:heap", "jvm_memory_used_bytes{", "area=\"heap\"");
    }

    /** The heap's limit (-Xmx or the JVM's default share of RAM). */
    private long heapMax() {
        return metric("jvm.memory.max?tag=area:heap", "jvm_memory_max_bytes{", "area=\"heap\"");
    }

    /** What the old generation held right after the last major collection (0 before the first one). */
    private long liveAfterGc() {
        return metric("jvm.gc.live.data.size", "jvm_gc_live_data_size_bytes", "");
    }

    /** A gauge summed over its series (negative "undefined" values skipped); -1 if the app does not expose it. */
    private long metric(String actuatorName, String prometheusPrefix, String prometheusTag) {
        try {
            HttpResponse<String> metrics = http.send(HttpRequest.newBuilder(
                            base.resolve("actuator/metrics/" + actuatorName)).timeout(Duration.ofSeconds(10)).build(),
                    HttpResponse.BodyHandlers.ofString());
            if (metrics.statusCode() == 200) {
                for (JsonNode measurement : JSON.readTree(metrics.body()).path("measurements")) {
                    if ("VALUE".equals(measurement.path("statistic").asString())) {
                        return (long) measurement.path("value").asDouble();
                    }
                }
            }
            HttpResponse<String> prometheus = http.send(HttpRequest.newBuilder(base.resolve("actuator/prometheus"))
                    .timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.ofString());
            if (prometheus.statusCode() == 200) {
                double sum = 0;
                boolean found = false;
                for (String line : prometheus.body().split("\n")) {
                    if (line.startsWith(prometheusPrefix) && line.contains(prometheusTag)) {
                        double value = Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1));
                        if (value >= 0) {
                            sum += value;
                        }
                        found = true;
                    }
                }
                if (found) {
                    return (long) sum;
                }
            }
        } catch (IOException | RuntimeException e) {
            // Reported as unknown.
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return -1;
    }

    private final class HeapSampler implements Runnable {
        private volatile boolean running = true;
        private volatile long max = -1;

        @Override
        public void run() {
            while (running) {
                max = Math.max(max, heapUsed());
                try {
                    Thread.sleep(1_000);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }

        void stop() {
            running = false;
        }
    }

    static final class AppResult {
        final AtomicLong intakes = new AtomicLong();
        final AtomicLong messages = new AtomicLong();
        final AtomicLong failures = new AtomicLong();
        final ConcurrentLinkedQueue<String> firstErrors = new ConcurrentLinkedQueue<>();
        final Histogram latency = new ConcurrentHistogram(TimeUnit.MINUTES.toMicros(5), 3);
        long elapsedNanos;
        long heapEnd;
        long heapMax;
        long heapLive;
        long heapLimit;

        void failed(Exception e) {
            if (failures.incrementAndGet() <= 3) {
                firstErrors.add(e.getClass().getSimpleName() + ": " + e.getMessage());
            }
        }

        double seconds() {
            return elapsedNanos / 1e9;
        }

        double intakesPerSecond() {
            return intakes.get() / seconds();
        }
    }

    // ---------------------------------------------------------------- the store alone, through the driver

    /**
     * What the app writes for one web intake, in its order: per handled request a lease upsert and a lease
     * remove ({@code locks}); the conversation insert and one versioned replace per message
     * ({@code conversations}); each bot message upserted by id ({@code messages}, what
     * {@code MongoTemplate.save} does); the screenshot in GridFS ({@code attachments}); the ticket counter's
     * {@code $inc}; the ticket insert. Reads the app also does are left out: this is the store's write rate.
     */
    static final class RawStore implements AutoCloseable {

        /**
         * Bot replies per client request after the greeting, as the ru dialog answers today: consent,
         * description (no knowledge-base offer), name, contract, phone, the screenshot (2), files done,
         * priority, confirm.
         */
        private static final int[] REPLIES = {1, 1, 1, 1, 1, 2, 1, 1, 1};
        private static final int UPLOAD_STEP = 5;
        static final int WRITES_PER_INTAKE = 2 * (1 + REPLIES.length) + 1 + REPLIES.length + 1
                + java.util.Arrays.stream(REPLIES).sum() + 2 + 1 + 1;

        private final EmbeddedStore embedded;
        private final MongoClient client;
        private final MongoDatabase db;
        private final boolean dropAfterwards;
        final String description;
        private final MongoCollection<Document> locks;
        private final MongoCollection<Document> conversations;
        private final MongoCollection<Document> messages;
        private final MongoCollection<Document> tickets;
        private final MongoCollection<Document> counters;
        private final GridFSBucket attachments;

        private RawStore(EmbeddedStore embedded, MongoClient client, String database, boolean dropAfterwards, String description) {
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
            messages.createIndex(Indexes.ascending("conversationId", "seq"), new IndexOptions().unique(true));
            tickets.createIndex(Indexes.ascending("intakeKey"), new IndexOptions().unique(true));
            attachments = GridFSBuckets.create(db, "attachments");
        }

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

        /** The counter's {@code $inc} and the ticket insert; a repeated number fails the insert and the intake. */
        private String openTicket(String intakeKey, String conversationId, Document snapshot, Instant now, AtomicLong writes) {
            Document counter = counters.findOneAndUpdate(Filters.eq("_id", "ticket"), Updates.inc("seq", 1L),
                    new FindOneAndUpdateOptions().upsert(true).returnDocument(ReturnDocument.AFTER));
            writes.incrementAndGet();
            String number = "HL-%06d".formatted(((Number) counter.get("seq")).longValue());
            tickets.insertOne(ticket(number, intakeKey, conversationId, snapshot, now));
            writes.incrementAndGet();
            return number;
        }

        void intake(AtomicLong writes) {
            String chatId = UUID.randomUUID().toString();
            String id = "web:" + chatId;
            String intakeKey = UUID.randomUUID().toString();
            Instant now = Instant.now();
            Document snapshot = new Document("intakeKey", intakeKey).append("lang", "ru").append("step", "CONSENT")
                    .append("files", List.of()).append("editing", false).append("registerFailures", 0);
            List<Document> recent = new ArrayList<>();
            long seq = 0;

            lease(id, writes);
            seq = transcript(id, seq, 1, writes);
            conversations.insertOne(conversation(id, chatId, seq, 0, snapshot, recent, now));
            writes.incrementAndGet();
            release(id, writes);

            long version = 0;
            Document file = null;
            for (int step = 0; step < REPLIES.length; step++) {
                lease(id, writes);
                long first = seq + 1;
                if (step == UPLOAD_STEP) {
                    file = screenshot(chatId, writes);
                }
                if (step == REPLIES.length - 1) {
                    snapshot.append("ticketNumber", openTicket(intakeKey, id, snapshot, now, writes));
                }
                seq = transcript(id, seq, REPLIES[step], writes);
                snapshot = advance(snapshot, step, file, now);
                recent.add(new Document("externalId", UUID.randomUUID().toString()).append("firstSeq", first)
                        .append("lastSeq", seq).append("rejection", null));
                var replaced = conversations.replaceOne(Filters.and(Filters.eq("_id", id), Filters.eq("version", version)),
                        conversation(id, chatId, seq, version + 1, snapshot, recent, Instant.now()));
                writes.incrementAndGet();
                if (replaced.getMatchedCount() != 1) {
                    throw new IllegalStateException("conversation " + id + " changed underneath");
                }
                version++;
                release(id, writes);
            }
        }

        private void lease(String id, AtomicLong writes) {
            Date now = new Date();
            locks.updateOne(Filters.and(Filters.eq("_id", id), Filters.lt("until", now)),
                    Updates.combine(Updates.set("owner", "load"), Updates.set("until", new Date(now.getTime() + 30_000))),
                    new UpdateOptions().upsert(true));
            writes.incrementAndGet();
        }

        private void release(String id, AtomicLong writes) {
            locks.deleteOne(Filters.and(Filters.eq("_id", id), Filters.eq("owner", "load")));
            writes.incrementAndGet();
        }

        private long transcript(String conversationId, long seq, int count, AtomicLong writes) {
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
                writes.incrementAndGet();
            }
            return seq;
        }

        private Document screenshot(String owner, AtomicLong writes) {
            Document metadata = new Document("contentType", "image/png").append("size", (long) PNG.length)
                    .append("sha256", "0".repeat(64)).append("owner", owner);
            var fileId = attachments.uploadFromStream("screen.png", new ByteArrayInputStream(PNG),
                    new GridFSUploadOptions().metadata(metadata));
            writes.addAndGet(2); // one chunk, one files document
            return new Document("id", fileId.toHexString()).append("filename", "screen.png")
                    .append("contentType", "image/png").append("size", (long) PNG.length).append("sha256", "0".repeat(64));
        }

        private static Document advance(Document snapshot, int step, Document file, Instant now) {
            Document next = new Document(snapshot);
            switch (step) {
                case 0 -> next.append("step", "DESCRIPTION").append("consentedAt", Date.from(now)).append("consentVersion", "1");
                case 1 -> next.append("step", "NAME").append("description", DESCRIPTION);
                case 2 -> next.append("step", "CONTRACT").append("name", NAME);
                case 3 -> next.append("step", "CONTACT").append("contract", CONTRACT);
                case 4 -> next.append("step", "FILES").append("phone", "+79123456789");
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

        private static Document ticket(String number, String intakeKey, String conversationId, Document snapshot, Instant now) {
            return new Document("_id", number).append("status", "NEW").append("priority", "NORMAL").append("tier", "L1")
                    .append("client", new Document("name", NAME).append("contract", CONTRACT)
                            .append("phone", "+79123456789").append("channel", "web"))
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

    private RawResult rawPhase(RawStore raw, int writers, Duration duration, int intakesPerWriter) throws Exception {
        RawResult result = new RawResult();
        long start = System.nanoTime();
        long deadline = start + duration.toNanos();
        try (ExecutorService pool = Executors.newVirtualThreadPerTaskExecutor()) {
            List<Future<?>> running = new ArrayList<>();
            for (int i = 0; i < writers; i++) {
                running.add(pool.submit(() -> {
                    int done = 0;
                    while (intakesPerWriter > 0 ? done < intakesPerWriter : System.nanoTime() < deadline) {
                        try {
                            raw.intake(result.writes);
                            result.intakes.incrementAndGet();
                        } catch (RuntimeException e) {
                            if (result.failures.incrementAndGet() <= 3) {
                                result.firstErrors.add(e.toString());
                            }
                        }
                        done++;
                    }
                    return null;
                }));
            }
            for (Future<?> future : running) {
                future.get();
            }
        }
        result.elapsedNanos = System.nanoTime() - start;
        result.description = raw.description;
        return result;
    }

    static final class RawResult {
        final AtomicLong intakes = new AtomicLong();
        final AtomicLong writes = new AtomicLong();
        final AtomicLong failures = new AtomicLong();
        final ConcurrentLinkedQueue<String> firstErrors = new ConcurrentLinkedQueue<>();
        long elapsedNanos;
        String description;

        double seconds() {
            return elapsedNanos / 1e9;
        }

        double intakesPerSecond() {
            return intakes.get() / seconds();
        }
    }

    // ---------------------------------------------------------------- reporting

    record Level(int clients, AppResult app, RawResult raw) {

        void print() {
            System.out.printf(Locale.ROOT, "%n== %d client(s) ==%n", clients);
            System.out.printf(Locale.ROOT, "app: %d complete intakes in %.1f s = %.2f intakes/s; %d messages = %.1f messages/s; "
                            + "failed intakes %d%n",
                    app.intakes.get(), app.seconds(), app.intakesPerSecond(), app.messages.get(),
                    app.messages.get() / app.seconds(), app.failures.get());
            System.out.printf(Locale.ROOT, "app: reply latency p50 %.1f ms, p99 %.1f ms, max %.1f ms%n",
                    ms(app.latency.getValueAtPercentile(50)), ms(app.latency.getValueAtPercentile(99)),
                    ms(app.latency.getMaxValue()));
            System.out.printf(Locale.ROOT, "app: heap used %s at end, %s max (sampled each second); live %s; heap limit %s%n",
                    mb(app.heapEnd), mb(app.heapMax), mb(app.heapLive), mb(app.heapLimit));
            app.firstErrors.forEach(error -> System.out.println("app: error: " + error));
            System.out.printf(Locale.ROOT, "raw store (%s), %d writer(s): %d intakes in %.1f s = %.2f intakes/s, "
                            + "%.0f writes/s (%d writes per intake); failed %d%n",
                    raw.description, clients, raw.intakes.get(), raw.seconds(), raw.intakesPerSecond(),
                    raw.writes.get() / raw.seconds(), RawStore.WRITES_PER_INTAKE, raw.failures.get());
            raw.firstErrors.forEach(error -> System.out.println("raw: error: " + error));
            System.out.printf(Locale.ROOT, "app/raw = %.2f%n", ratio());
        }

        double ratio() {
            return raw.intakesPerSecond() == 0 ? Double.NaN : app.intakesPerSecond() / raw.intakesPerSecond();
        }
    }

    private static void printSummary(List<Level> levels) {
        System.out.printf(Locale.ROOT, "%n%-8s %10s %11s %8s %8s %9s %8s %7s %14s %8s%n", "clients", "intakes/s",
                "messages/s", "p50 ms", "p99 ms", "heap MB", "live MB", "failed", "raw intakes/s", "app/raw");
        for (Level level : levels) {
            AppResult app = level.app();
            System.out.printf(Locale.ROOT, "%-8d %10.2f %11.1f %8.1f %8.1f %9s %8s %7d %14.2f %8.2f%n", level.clients(),
                    app.intakesPerSecond(), app.messages.get() / app.seconds(),
                    ms(app.latency.getValueAtPercentile(50)), ms(app.latency.getValueAtPercentile(99)),
                    megabytes(app.heapMax), megabytes(app.heapLive), app.failures.get(),
                    level.raw().intakesPerSecond(), level.ratio());
        }
        System.out.println("heap MB: most heap used while the level ran. live MB: heap used after a System.gc() at the "
                + "end of the level (in-process), or the app's jvm.gc.live.data.size (with --url; ? before any old-gen GC).");
    }

    private static String megabytes(long bytes) {
        return bytes < 0 ? "?" : String.valueOf(bytes / (1024 * 1024));
    }

    private static double ms(long micros) {
        return micros / 1000.0;
    }

    private static String mb(long bytes) {
        return bytes < 0 ? "unknown" : String.format(Locale.ROOT, "%.0f MB", bytes / (1024.0 * 1024.0));
    }

    private static String abbreviate(String s) {
        return s.length() <= 300 ? s : s.substring(0, 300) + "...";
    }

    private static String redact(String uri) {
        return uri.replaceAll("//[^@/]*@", "//***@");
    }

    // ---------------------------------------------------------------- plumbing

    record Options(List<Integer> clients, int seconds, int intakes, int warmupSeconds, String url, String mongodbUri,
                   String lang) {

        static Options parse(String[] args) {
            Map<String, String> values = new LinkedHashMap<>();
            for (int i = 0; i < args.length; i++) {
                String arg = args[i];
                if (!arg.startsWith("--")) {
                    throw new IllegalArgumentException("unexpected argument: " + arg);
                }
                String name = arg.substring(2);
                String value;
                int eq = name.indexOf('=');
                if (eq >= 0) {
                    value = name.substring(eq + 1);
                    name = name.substring(0, eq);
                } else if (i + 1 < args.length) {
                    value = args[++i];
                } else {
                    throw new IllegalArgumentException("missing value for --" + name);
                }
                if (!Set.of("clients", "seconds", "intakes", "warmup-seconds", "url", "mongodb-uri", "lang").contains(name)) {
                    throw new IllegalArgumentException("unknown option --" + name);
                }
                values.put(name, value);
            }
            List<Integer> clients = Stream.of(values.getOrDefault("clients", "1,16,64").split(","))
                    .map(String::trim).filter(s -> !s.isEmpty()).map(Integer::parseInt).toList();
            if (clients.isEmpty() || clients.stream().anyMatch(n -> n < 1)) {
                throw new IllegalArgumentException("--clients needs positive numbers, e.g. 1,16,64");
            }
            return new Options(clients, Integer.parseInt(values.getOrDefault("seconds", "20")),
                    Integer.parseInt(values.getOrDefault("intakes", "0")),
                    Integer.parseInt(values.getOrDefault("warmup-seconds", "5")),
                    values.get("url"), values.get("mongodb-uri"), values.getOrDefault("lang", "ru"));
        }
    }

    /** A valid 1x1 RGBA PNG, built here so no file has to ship with the load generator. */
    private static byte[] png() {
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        png.writeBytes(new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A});
        png.writeBytes(chunk("IHDR", new byte[] {0, 0, 0, 1, 0, 0, 0, 1, 8, 6, 0, 0, 0}));
        png.writeBytes(chunk("IDAT", new byte[] {0x78, (byte) 0x9c, 0x63, (byte) 0xf8, (byte) 0xcf, (byte) 0xc0,
                (byte) 0xf0, 0x1f, 0x00, 0x05, 0x00, 0x01, (byte) 0xff}));
        png.writeBytes(chunk("IEND", new byte[0]));
        return png.toByteArray();
    }

    private static byte[] chunk(String type, byte[] data) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] name = type.getBytes(StandardCharsets.US_ASCII);
        out.writeBytes(new byte[] {(byte) (data.length >>> 24), (byte) (data.length >>> 16), (byte) (data.length >>> 8),
                (byte) data.length});
        out.writeBytes(name);
        out.writeBytes(data);
        CRC32 crc = new CRC32();
        crc.update(name);
        crc.update(data);
        long value = crc.getValue();
        out.writeBytes(new byte[] {(byte) (value >>> 24), (byte) (value >>> 16), (byte) (value >>> 8), (byte) value});
        return out.toByteArray();
    }

    /** Without Spring Boot (with --url) Logback's default prints every driver and server DEBUG line. */
    private static void quietLogging() {
        if (org.slf4j.LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME) instanceof ch.qos.logback.classic.Logger root) {
            root.setLevel(ch.qos.logback.classic.Level.WARN);
        }
        if (org.slf4j.LoggerFactory.getLogger("de.bwaldvogel.mongo.backend") instanceof ch.qos.logback.classic.Logger server) {
            server.setLevel(ch.qos.logback.classic.Level.ERROR);
        }
    }

    private static void deleteRecursively(Path root) {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> {
                try {
                    Files.deleteIfExists(path);
                } catch (IOException e) {
                    System.err.println("could not delete " + path + ": " + e.getMessage());
                }
            });
        } catch (IOException e) {
            System.err.println("could not clean up " + root + ": " + e.getMessage());
        }
    }
}
