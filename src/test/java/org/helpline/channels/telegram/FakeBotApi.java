package org.helpline.channels.telegram;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * A loopback Bot API for tests: serves the updates a test enqueues to long-polled {@code getUpdates} as Telegram
 * does — a batch comes again until a later {@code getUpdates} confirms it with a higher {@code offset}, and a
 * second poller while one is waiting ends the first with 409 Conflict — serves
 * files under {@code /file/bot<token>/}, and records what the bot calls. Method names match case-insensitively,
 * as Telegram's do. Updates are built here as Telegram would send them from a private chat, or from a topic of
 * a forum supergroup (the staff chat), whose members a test declares.
 */
public final class FakeBotApi implements AutoCloseable {

    /**
     * A Bot API call the bot made, numbered in arrival order across all methods, with when it came and the result
     * it got. A multipart upload's fields are in {@code body}, its file's bytes in {@code file}.
     */
    public record Call(long order, Instant at, String method, JsonNode body, JsonNode result, byte[] file, String door) {
    }

    /** A second way in to this fake for one app instance, which a test can shut as if that instance died. */
    public final class Door implements AutoCloseable {

        private final HttpServer door;

        private Door() throws IOException {
            door = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
            door.setExecutor(Executors.newVirtualThreadPerTaskExecutor());
            door.createContext("/", exchange -> serve(exchange, url()));
            door.start();
            RUNNING.put(url(), FakeBotApi.this);
        }

        public String url() {
            return "http://127.0.0.1:" + door.getAddress().getPort();
        }

        /** What the bot called through this door. */
        public List<Call> calls(String method) {
            return FakeBotApi.this.calls(method).stream().filter(call -> call.door().equals(url())).toList();
        }

        /** How many {@code getUpdates} polls came through this door. */
        public int polls() {
            return polls.getOrDefault(url(), new AtomicInteger()).get();
        }

        /** How many of them were answered with updates. */
        public int answered() {
            return answered.getOrDefault(url(), new AtomicInteger()).get();
        }

        /** Cuts every connection through this door at once, polls in flight too, and lets no more in. */
        @Override
        public void close() {
            RUNNING.remove(url());
            door.stop(0);
        }
    }

    /** A call the fake refused (Telegram down, or asking the bot to slow down), with the HTTP status it answered. */
    public record Refused(Instant at, String method, String chatId, int status) {
    }

    /**
     * A message the bot sent: its chat, topic (0 for none), id, text, the callback values of its inline buttons
     * and when it came.
     */
    public record Sent(long order, String chatId, int threadId, int messageId, String text, List<String> buttons, Instant at) {
    }

    /** The bot itself, as the author of the messages it sent. */
    public static final long BOT_ID = 42;

    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpServer server;
    private static final Map<String, FakeBotApi> RUNNING = new ConcurrentHashMap<>();

    private final String token;
    /** Guards the updates: the batches not yet given out, the one given out and not yet confirmed, the pollers. */
    private final ReentrantLock updates = new ReentrantLock();
    private final Condition updatesChanged = updates.newCondition();
    private final Deque<ArrayNode> batches = new ArrayDeque<>();
    private ArrayNode unconfirmed;
    private long latestPoll;
    private final List<Call> calls = new CopyOnWriteArrayList<>();
    private final Map<String, byte[]> files = new ConcurrentHashMap<>();
    private final List<String> downloads = new CopyOnWriteArrayList<>();
    private final Map<Long, String> languages = new ConcurrentHashMap<>();
    private final Map<String, ObjectNode> members = new ConcurrentHashMap<>();
    private final Map<Long, ObjectNode> people = new ConcurrentHashMap<>();
    private final AtomicInteger updateIds = new AtomicInteger(1000);
    private final AtomicInteger ids = new AtomicInteger(1);
    private final AtomicLong order = new AtomicLong();
    private final Map<String, Integer> throttled = new ConcurrentHashMap<>();
    private final List<Refused> refused = new CopyOnWriteArrayList<>();
    private final Map<String, AtomicInteger> polls = new ConcurrentHashMap<>();
    private final Map<String, AtomicInteger> answered = new ConcurrentHashMap<>();
    private volatile boolean down;

    private FakeBotApi(String token) throws IOException {
        this.token = token;
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.setExecutor(Executors.newVirtualThreadPerTaskExecutor());
        server.createContext("/", exchange -> serve(exchange, url()));
        server.start();
    }

    public static FakeBotApi start(String token) {
        try {
            FakeBotApi fake = new FakeBotApi(token);
            RUNNING.put(fake.url(), fake);
            return fake;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The running fake at {@code url}. */
    public static FakeBotApi at(String url) {
        FakeBotApi fake = RUNNING.get(url);
        if (fake == null) {
            throw new IllegalStateException("No fake Bot API runs at " + url);
        }
        return fake;
    }

    /** Points the app under test at this fake, with its token. */
    public void wire(DynamicPropertyRegistry registry) {
        registry.add("helpline.telegram.token", () -> token);
        registry.add("helpline.telegram.api-url", this::url);
    }

    public String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    // ---- what clients send

    /** The language the client's Telegram app reports ({@code from.language_code}); "ru" unless set. */
    public void language(long chat, String code) {
        languages.put(chat, code);
    }

    /** Delivers the updates in one {@code getUpdates} answer. */
    public void deliver(ObjectNode... updates) {
        ArrayNode batch = JSON.createArrayNode();
        for (ObjectNode update : updates) {
            batch.add(update);
        }
        this.updates.lock();
        try {
            batches.add(batch);
            updatesChanged.signalAll();
        } finally {
            this.updates.unlock();
        }
    }

    public ObjectNode text(long chat, String text) {
        return update("message", message(chat).put("text", text));
    }

    public ObjectNode edited(long chat, String text) {
        return update("edited_message", message(chat).put("text", text).put("edit_date", now()));
    }

    /** A photo as Telegram sends one: a thumbnail and the full size, each a file of its own. */
    public ObjectNode photo(long chat, byte[] fullSize) {
        ArrayNode sizes = JSON.createArrayNode();
        sizes.add(size(file(new byte[]{1, 2, 3}), 90, 67, 3));
        sizes.add(size(file(fullSize), 1280, 960, fullSize.length));
        ObjectNode message = message(chat);
        message.set("photo", sizes);
        return update("message", message);
    }

    public ObjectNode document(long chat, String filename, String mimeType, byte[] bytes) {
        return document(chat, filename, mimeType, bytes, bytes.length);
    }

    /** A document whose {@code file_size} says {@code declaredSize}, whatever its bytes. */
    public ObjectNode document(long chat, String filename, String mimeType, byte[] bytes, long declaredSize) {
        String fileId = file(bytes);
        ObjectNode message = message(chat);
        message.putObject("document").put("file_id", fileId).put("file_unique_id", "u" + fileId)
                .put("file_name", filename).put("mime_type", mimeType).put("file_size", declaredSize);
        return update("message", message);
    }

    /** A document Telegram no longer has: {@code getFile} fails for it. */
    public ObjectNode lostDocument(long chat) {
        ObjectNode message = message(chat);
        message.putObject("document").put("file_id", "lost-" + ids.incrementAndGet()).put("file_unique_id", "ul")
                .put("file_name", "screen.png").put("mime_type", "image/png").put("file_size", 100);
        return update("message", message);
    }

    public ObjectNode sticker(long chat) {
        ObjectNode message = message(chat);
        message.putObject("sticker").put("file_id", "sticker-" + ids.incrementAndGet()).put("file_unique_id", "us")
                .put("type", "regular").put("width", 512).put("height", 512)
                .put("is_animated", false).put("is_video", false);
        return update("message", message);
    }

    public ObjectNode voice(long chat) {
        ObjectNode message = message(chat);
        message.putObject("voice").put("file_id", "voice-" + ids.incrementAndGet()).put("file_unique_id", "uv")
                .put("duration", 3).put("mime_type", "audio/ogg");
        return update("message", message);
    }

    /** A press on an inline button with {@code data}, under a message the bot sent earlier. */
    public ObjectNode press(long chat, String data) {
        ObjectNode query = JSON.createObjectNode().put("id", "cb-" + ids.incrementAndGet())
                .put("chat_instance", "ci-" + chat).put("data", data);
        query.set("from", user(chat));
        query.set("message", message(chat).put("text", "an earlier question"));
        return update("callback_query", query);
    }

    // ---- the staff chat: a forum supergroup with topics

    /** Makes {@code user} a member of {@code chat} with this status ("member", "left"…), named as given. */
    public void member(long chat, long user, String status, String firstName, String lastName) {
        ObjectNode member = JSON.createObjectNode().put("status", status);
        member.set("user", person(user, firstName, lastName));
        members.put(chat + ":" + user, member);
        people.put(user, person(user, firstName, lastName));
    }

    /** A text a person writes in a topic of a forum chat. */
    public ObjectNode topicText(long chat, int threadId, long user, String text) {
        return update("message", groupMessage(chat, threadId, from(user)).put("text", text));
    }

    /** A text a person writes in a topic as a reply to the message {@code replyTo} the bot sent there. */
    public ObjectNode topicReply(long chat, int threadId, long user, int replyTo, String text) {
        ObjectNode message = groupMessage(chat, threadId, from(user)).put("text", text);
        ObjectNode original = groupMessage(chat, threadId, bot()).put("message_id", replyTo).put("text", "…");
        message.set("reply_to_message", original);
        return update("message", message);
    }

    /** A press on an inline button with {@code data} under a message the bot sent into a topic. */
    public ObjectNode topicPress(long chat, int threadId, long user, String data) {
        ObjectNode query = JSON.createObjectNode().put("id", "cb-" + ids.incrementAndGet())
                .put("chat_instance", "ci" + chat).put("data", data);
        query.set("from", from(user));
        ObjectNode message = groupMessage(chat, threadId, bot()).put("text", "a ticket card");
        query.set("message", message);
        return update("callback_query", query);
    }

    private ObjectNode groupMessage(long chat, int threadId, ObjectNode from) {
        ObjectNode message = JSON.createObjectNode().put("message_id", ids.incrementAndGet()).put("date", now());
        message.putObject("chat").put("id", chat).put("type", "supergroup").put("title", "Staff").put("is_forum", true);
        if (threadId != 0) {
            message.put("message_thread_id", threadId).put("is_topic_message", true);
        }
        message.set("from", from);
        return message;
    }

    private ObjectNode from(long user) {
        ObjectNode person = people.get(user);
        return person != null ? person.deepCopy() : person(user, "Stranger", null);
    }

    private static ObjectNode person(long user, String firstName, String lastName) {
        ObjectNode person = JSON.createObjectNode().put("id", user).put("is_bot", false).put("first_name", firstName);
        if (lastName != null) {
            person.put("last_name", lastName);
        }
        return person;
    }

    private static ObjectNode bot() {
        return JSON.createObjectNode().put("id", BOT_ID).put("is_bot", true).put("first_name", "Helpline")
                .put("username", "HelplineBot");
    }

    // ---- how Telegram behaves

    /** The next message the bot sends to the chat is answered 429 with {@code retry_after} seconds. */
    public void throttle(long chat, int retryAfterSeconds) {
        throttled.put(String.valueOf(chat), retryAfterSeconds);
    }

    /** While down, every Bot API call is answered 502 Bad Gateway, as Telegram's front does in an outage. */
    public void down(boolean down) {
        this.down = down;
    }

    // ---- what the bot did

    /** The calls the fake refused, in order. */
    public List<Refused> refused(long chat) {
        return refused.stream().filter(call -> call.chatId().equals(String.valueOf(chat))).toList();
    }

    /** The {@code getUpdates} polls ended with 409 Conflict because another poller came while they waited. */
    public List<Refused> conflicts() {
        return refused.stream().filter(call -> call.status() == 409).toList();
    }

    /** Opens another way in to this fake, for one app instance. */
    public Door door() {
        try {
            return new Door();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    public List<Sent> sent(long chat) {
        return calls("sendMessage").stream()
                .filter(call -> call.body().path("chat_id").asText().equals(String.valueOf(chat)))
                .map(call -> {
                    List<String> buttons = new ArrayList<>();
                    call.body().path("reply_markup").path("inline_keyboard")
                            .forEach(row -> row.forEach(button -> buttons.add(button.path("callback_data").asText())));
                    return new Sent(call.order(), call.body().path("chat_id").asText(),
                            call.body().path("message_thread_id").asInt(), call.result().path("message_id").asInt(),
                            call.body().path("text").asText(), buttons, call.at());
                })
                .toList();
    }

    /** The messages the bot sent into one topic of a forum chat. */
    public List<Sent> sent(long chat, int threadId) {
        return sent(chat).stream().filter(sent -> sent.threadId() == threadId).toList();
    }

    public List<Call> calls(String method) {
        return calls.stream().filter(call -> call.method().equalsIgnoreCase(method)).toList();
    }

    /** File paths fetched from {@code /file/bot<token>/}. */
    public List<String> downloads() {
        return List.copyOf(downloads);
    }

    // ---- the server

    private void serve(HttpExchange exchange, String door) throws IOException {
        try (exchange) {
            String path = exchange.getRequestURI().getPath();
            String filePrefix = "/file/bot" + token + "/";
            if (path.startsWith(filePrefix)) {
                String filePath = path.substring(filePrefix.length());
                byte[] bytes = files.get(filePath.substring(filePath.indexOf('/') + 1));
                downloads.add(filePath);
                respond(exchange, bytes == null ? 404 : 200, bytes == null ? new byte[0] : bytes);
                return;
            }
            String botPrefix = "/bot" + token + "/";
            if (!path.startsWith(botPrefix)) {
                error(exchange, 401, "Unauthorized");
                return;
            }
            String method = path.substring(botPrefix.length()).toLowerCase();
            String contentType = exchange.getRequestHeaders().getFirst("Content-Type");
            Multipart upload = contentType != null && contentType.startsWith("multipart/form-data")
                    ? Multipart.read(exchange.getRequestBody(), contentType) : null;
            JsonNode body = upload != null ? upload.fields() : body(exchange.getRequestBody());
            String chat = body.path("chat_id").asText();
            if (down) {
                refused.add(new Refused(Instant.now(), method, chat, 502));
                error(exchange, 502, "Bad Gateway");
                return;
            }
            Integer retryAfter = method.equals("sendmessage") ? throttled.remove(chat) : null;
            if (retryAfter != null) {
                refused.add(new Refused(Instant.now(), method, chat, 429));
                ObjectNode answer = JSON.createObjectNode().put("ok", false).put("error_code", 429)
                        .put("description", "Too Many Requests: retry after " + retryAfter);
                answer.putObject("parameters").put("retry_after", retryAfter);
                respond(exchange, 429, JSON.writeValueAsBytes(answer));
                return;
            }
            JsonNode result = switch (method) {
                case "getupdates" -> {
                    polls.computeIfAbsent(door, any -> new AtomicInteger()).incrementAndGet();
                    ArrayNode batch = nextBatch(body.path("offset").asLong());
                    if (batch != null && !batch.isEmpty()) {
                        answered.computeIfAbsent(door, any -> new AtomicInteger()).incrementAndGet();
                    }
                    yield batch;
                }
                case "deletewebhook", "setwebhook", "answercallbackquery", "editforumtopic" -> JSON.getNodeFactory().booleanNode(true);
                case "sendmessage" -> sentMessage(body).put("text", body.path("text").asText());
                case "senddocument" -> {
                    ObjectNode message = sentMessage(body);
                    message.putObject("document").put("file_id", "doc-" + ids.incrementAndGet())
                            .put("file_unique_id", "udoc").put("file_name", upload == null ? "" : upload.filename());
                    yield message;
                }
                case "createforumtopic" -> JSON.createObjectNode().put("message_thread_id", ids.incrementAndGet())
                        .put("name", body.path("name").asText()).put("icon_color", 7322096);
                case "getchatmember" -> members.getOrDefault(body.path("chat_id").asText() + ":" + body.path("user_id").asLong(),
                        JSON.createObjectNode().put("status", "left").set("user", JSON.createObjectNode()
                                .put("id", body.path("user_id").asLong()).put("is_bot", false).put("first_name", "Stranger")));
                case "getfile" -> {
                    String fileId = body.path("file_id").asText();
                    byte[] bytes = files.get(fileId);
                    yield bytes == null ? null : JSON.createObjectNode().put("file_id", fileId)
                            .put("file_unique_id", "u" + fileId).put("file_size", bytes.length)
                            .put("file_path", "documents/" + fileId);
                }
                default -> null;
            };
            if (!method.equals("getupdates")) {
                calls.add(new Call(order.incrementAndGet(), Instant.now(), method, body, result,
                        upload == null ? null : upload.bytes(), door));
            }
            if (result == null && method.equals("getupdates")) {
                refused.add(new Refused(Instant.now(), method, chat, 409));
                error(exchange, 409, "Conflict: terminated by other getUpdates request; make sure that only one bot "
                        + "instance is running");
            } else if (result != null) {
                ok(exchange, result);
            } else if (method.equals("getfile")) {
                error(exchange, 400, "Bad Request: invalid file_id");
            } else {
                error(exchange, 404, "Not Found: method not found");
            }
        }
    }

    /** A message the bot sent, as Telegram answers it: in the requested chat and topic, from the bot. */
    private ObjectNode sentMessage(JsonNode body) {
        long chat = body.path("chat_id").asLong();
        ObjectNode message = chat < 0 ? groupMessage(chat, body.path("message_thread_id").asInt(), bot()) : message(chat);
        message.set("from", bot());
        return message;
    }

    /**
     * Confirms the updates below {@code offset}, then answers the unconfirmed batch, or waits a little for the next
     * one; null when a newer poll came meanwhile (409).
     */
    private ArrayNode nextBatch(long offset) {
        updates.lock();
        try {
            long poll = ++latestPoll;
            updatesChanged.signalAll();
            confirm(offset);
            long left = TimeUnit.MILLISECONDS.toNanos(300);
            while (poll == latestPoll) {
                if (unconfirmed == null && !batches.isEmpty()) {
                    unconfirmed = batches.poll();
                }
                if (unconfirmed != null) {
                    return unconfirmed.deepCopy();
                }
                if (left <= 0) {
                    return JSON.createArrayNode();
                }
                left = updatesChanged.awaitNanos(left);
            }
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return JSON.createArrayNode();
        } finally {
            updates.unlock();
        }
    }

    private void confirm(long offset) {
        if (unconfirmed == null) {
            return;
        }
        ArrayNode rest = JSON.createArrayNode();
        unconfirmed.forEach(update -> {
            if (update.path("update_id").asLong() >= offset) {
                rest.add(update);
            }
        });
        unconfirmed = rest.isEmpty() ? null : rest;
    }

    private static JsonNode body(InputStream in) throws IOException {
        byte[] bytes = in.readAllBytes();
        return bytes.length == 0 ? JSON.createObjectNode() : JSON.readTree(bytes);
    }

    private static void ok(HttpExchange exchange, JsonNode result) throws IOException {
        ObjectNode answer = JSON.createObjectNode().put("ok", true);
        answer.set("result", result);
        respond(exchange, 200, JSON.writeValueAsBytes(answer));
    }

    private static void error(HttpExchange exchange, int code, String description) throws IOException {
        respond(exchange, code, JSON.writeValueAsBytes(JSON.createObjectNode().put("ok", false)
                .put("error_code", code).put("description", description)));
    }

    private static void respond(HttpExchange exchange, int status, byte[] body) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", status == 200 && body.length > 0 && body[0] != '{'
                ? "application/octet-stream" : "application/json");
        exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
        if (body.length > 0) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        }
    }

    // ---- Telegram objects

    private String file(byte[] bytes) {
        String fileId = "file-" + ids.incrementAndGet();
        files.put(fileId, bytes);
        return fileId;
    }

    private ObjectNode update(String kind, ObjectNode content) {
        ObjectNode update = JSON.createObjectNode().put("update_id", updateIds.incrementAndGet());
        update.set(kind, content);
        return update;
    }

    private ObjectNode message(long chat) {
        ObjectNode message = JSON.createObjectNode().put("message_id", ids.incrementAndGet()).put("date", now());
        message.putObject("chat").put("id", chat).put("type", "private").put("first_name", "Client");
        message.set("from", user(chat));
        return message;
    }

    private ObjectNode user(long chat) {
        return JSON.createObjectNode().put("id", chat).put("is_bot", false).put("first_name", "Client")
                .put("language_code", languages.getOrDefault(chat, "ru"));
    }

    private static ObjectNode size(String fileId, int width, int height, int fileSize) {
        return JSON.createObjectNode().put("file_id", fileId).put("file_unique_id", "u" + fileId)
                .put("width", width).put("height", height).put("file_size", fileSize);
    }

    private static long now() {
        return System.currentTimeMillis() / 1000;
    }

    @Override
    public void close() {
        RUNNING.remove(url());
        server.stop(0);
    }
}
