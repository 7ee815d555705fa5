package org.helpline.channels.discord;

import java.io.IOException;
import java.net.InetAddress;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import okio.Buffer;
import org.springframework.test.context.DynamicPropertyRegistry;

import static org.awaitility.Awaitility.await;
import static org.helpline.channels.discord.DiscordObjects.JSON;

/**
 * A loopback Discord for tests, on one MockWebServer: the REST API under {@code /api/v10/} (the bot's user, command
 * registration, DM channels, messages, interaction callbacks and their webhooks), the WebSocket gateway at
 * {@code /gateway} ({@link FakeGateway}), and attachment files under {@code /attachments/}. It records every REST call
 * the bot makes. A test delivers gateway events built by {@link DiscordObjects}, and may close a user's DMs.
 */
final class FakeDiscord implements AutoCloseable {

    /** A REST call the bot made, numbered in arrival order, with its JSON body (empty for none). */
    record Call(long order, Instant at, String method, String path, JsonNode body) {
    }

    /** A message the bot posted: its channel, id, text, the custom ids and labels of its buttons, its files' names. */
    record Sent(long order, String channelId, String messageId, String content, List<String> buttons,
                List<String> labels, List<String> files) {
    }

    /** A post the bot made in a forum: the forum, the post's (thread's) id and its name. */
    record Post(String forumId, String threadId, String name) {
    }

    /** A message the fake refused (Discord down, or asking the bot to slow down), with the HTTP status it answered. */
    record Refused(Instant at, String channelId, int status) {
    }

    static final String TOKEN = "test-discord-token";
    /** The JSON part of a multipart upload, up to the next boundary line. */
    private static final Pattern PAYLOAD_JSON = Pattern.compile(
            "name=\"payload_json\"\r?\n(?:[^\r\n]+\r?\n)*\r?\n(.*?)\r?\n--", Pattern.DOTALL);
    private static final Map<String, FakeDiscord> RUNNING = new ConcurrentHashMap<>();

    private final MockWebServer server = new MockWebServer();
    private final DiscordObjects objects = new DiscordObjects();
    private final FakeGateway gateway;
    private final AtomicLong order = new AtomicLong();
    private final List<Call> calls = new CopyOnWriteArrayList<>();
    private final List<Sent> sent = new CopyOnWriteArrayList<>();
    private final List<Post> posts = new CopyOnWriteArrayList<>();
    private final Set<String> deletedPosts = ConcurrentHashMap.newKeySet();
    private final Map<String, byte[]> files = new ConcurrentHashMap<>();
    private final List<String> downloads = new CopyOnWriteArrayList<>();
    private final Set<String> closedDms = ConcurrentHashMap.newKeySet();
    private final Map<String, Integer> throttled = new ConcurrentHashMap<>();
    private final List<Refused> refused = new CopyOnWriteArrayList<>();
    private volatile boolean down;

    private FakeDiscord() throws IOException {
        server.setDispatcher(new Dispatcher() {
            @Override
            public MockResponse dispatch(RecordedRequest request) {
                return serve(request);
            }
        });
        server.start(InetAddress.getLoopbackAddress(), 0);
        gateway = new FakeGateway(gatewayUrl());
    }

    static FakeDiscord start() {
        try {
            FakeDiscord fake = new FakeDiscord();
            RUNNING.put(fake.apiUrl(), fake);
            return fake;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The running fake whose REST base is {@code apiUrl}. */
    static FakeDiscord at(String apiUrl) {
        FakeDiscord fake = RUNNING.get(apiUrl);
        if (fake == null) {
            throw new IllegalStateException("No fake Discord runs at " + apiUrl);
        }
        return fake;
    }

    /** Points the app under test at this fake, with its token. */
    void wire(DynamicPropertyRegistry registry) {
        wire(registry, TOKEN);
    }

    /** Points the app under test at this fake with {@code token}, which the fake refuses unless it is {@link #TOKEN}. */
    void wire(DynamicPropertyRegistry registry, String token) {
        registry.add("helpline.discord.token", () -> token);
        registry.add("helpline.discord.api-url", this::apiUrl);
        registry.add("helpline.discord.gateway-url", this::gatewayUrl);
    }

    String apiUrl() {
        return "http://127.0.0.1:" + server.getPort() + "/api/v10/";
    }

    String gatewayUrl() {
        return "ws://127.0.0.1:" + server.getPort() + "/gateway";
    }

    DiscordObjects objects() {
        return objects;
    }

    FakeGateway gateway() {
        return gateway;
    }

    /** Waits until the bot is connected and has registered its commands. */
    void awaitReady() {
        await().atMost(Duration.ofSeconds(20)).until(() -> gateway.connected() && !calls("PUT", "applications/").isEmpty());
    }

    // ---- what Discord's users do

    void dispatch(String type, JsonNode data) {
        gateway.dispatch(type, data);
    }

    /** Someone deleted the forum post: Discord tells the bot with THREAD_DELETE. */
    void deletePost(String threadId) {
        deletedPosts.add(threadId);
        gateway.dispatch("THREAD_DELETE", JSON.createObjectNode().put("id", threadId).put("type", 11)
                .put("guild_id", DiscordObjects.GUILD_ID).put("parent_id", DiscordObjects.FORUM_ID));
    }

    /** Serves {@code bytes} as an attachment file; returns its URL. */
    String file(String filename, byte[] bytes) {
        String path = objects.nextId() + "/" + filename;
        files.put(path, bytes);
        return "http://127.0.0.1:" + server.getPort() + "/attachments/" + path;
    }

    /** From now on, the bot's messages to this user are refused with 50007, as for a user whose DMs are closed. */
    void closeDms(String userId) {
        closedDms.add(userId);
    }

    void openDms(String userId) {
        closedDms.remove(userId);
    }

    /** While down, every message the bot posts is answered 502 Bad Gateway, as in a Discord outage. */
    void down(boolean down) {
        this.down = down;
    }

    /** The next message the bot posts into the channel is answered 429 with a retry-after of {@code seconds}. */
    void throttle(String channelId, int seconds) {
        throttled.put(channelId, seconds);
    }

    /** The messages into the channel the fake refused, in order. */
    List<Refused> refused(String channelId) {
        return refused.stream().filter(refusal -> refusal.channelId().equals(channelId)).toList();
    }

    // ---- what the bot did

    List<Call> calls(String method, String pathStart) {
        return calls.stream().filter(call -> call.method().equals(method) && call.path().startsWith(pathStart)).toList();
    }

    /** The messages the bot posted into the channel, in order. */
    List<Sent> sent(String channelId) {
        return sent.stream().filter(message -> message.channelId().equals(channelId)).toList();
    }

    /** The posts the bot made in forums, in order. */
    List<Post> posts() {
        return List.copyOf(posts);
    }

    /** Paths of the attachment files fetched. */
    List<String> downloads() {
        return List.copyOf(downloads);
    }

    // ---- the server

    private MockResponse serve(RecordedRequest request) {
        String path = request.getUrl().encodedPath();
        if (path.equals("/gateway")) {
            return new MockResponse.Builder().webSocketUpgrade(gateway).build();
        }
        if (path.startsWith("/attachments/")) {
            String file = path.substring("/attachments/".length());
            downloads.add(file);
            byte[] bytes = files.get(file);
            return bytes == null ? error(404, 0, "404: Not Found")
                    : new MockResponse.Builder().addHeader("Content-Type", "application/octet-stream")
                    .body(new Buffer().write(bytes)).build();
        }
        if (!path.startsWith("/api/v10/")) {
            return error(404, 0, "404: Not Found");
        }
        if (!("Bot " + TOKEN).equals(request.getHeaders().get("Authorization"))) {
            return error(401, 0, "401: Unauthorized");
        }
        String route = path.substring("/api/v10/".length());
        JsonNode body = body(request);
        Call call = new Call(order.incrementAndGet(), Instant.now(), request.getMethod(), route, body);
        calls.add(call);
        return route(call);
    }

    private MockResponse route(Call call) {
        String[] parts = call.path().split("/");
        return switch (call.method() + " " + parts[0]) {
            case "GET users" -> ok(DiscordObjects.bot());
            case "POST users" -> ok(DiscordObjects.dm(call.body().path("recipient_id").asText()));
            case "PUT applications" -> ok(registered(call.body()));
            case "POST channels" -> parts.length > 2 && parts[2].equals("threads") ? forumPost(call, parts[1])
                    : posted(call, parts[1]);
            case "POST interactions" -> ok(callback(parts[1], call.body()));
            case "POST webhooks" -> ok(objects.message(DiscordObjects.GENERAL_CHANNEL_ID, DiscordObjects.bot(),
                    call.body().path("content").asText()).put("flags", call.body().path("flags").asInt()));
            case "PATCH channels" -> ok(DiscordObjects.post(parts[1], call.body().path("name").asText()));
            case "PATCH webhooks" -> ok(objects.message(DiscordObjects.GENERAL_CHANNEL_ID, DiscordObjects.bot(),
                    call.body().path("content").asText()).put("flags", 64));
            case "DELETE webhooks" -> new MockResponse.Builder().code(204).build();
            default -> error(404, 0, "404: Not Found");
        };
    }

    /** A message the bot posts into a channel, unless it is the DM of a user whose DMs are closed. */
    private MockResponse posted(Call call, String channelId) {
        if (closedDms.contains(DiscordObjects.dmUser(channelId))) {
            return error(403, 50007, "Cannot send messages to this user");
        }
        if (deletedPosts.contains(channelId)) {
            return error(404, 10003, "Unknown Channel");
        }
        if (down) {
            refused.add(new Refused(Instant.now(), channelId, 502));
            return error(502, 0, "502: Bad Gateway");
        }
        Integer retryAfter = throttled.remove(channelId);
        if (retryAfter != null) {
            refused.add(new Refused(Instant.now(), channelId, 429));
            return new MockResponse.Builder().code(429).addHeader("Content-Type", "application/json")
                    .addHeader("Retry-After", retryAfter).addHeader("X-RateLimit-Limit", 5)
                    .addHeader("X-RateLimit-Remaining", 0).addHeader("X-RateLimit-Reset-After", retryAfter)
                    .addHeader("X-RateLimit-Bucket", "dm-" + channelId).addHeader("X-RateLimit-Scope", "user")
                    .body(JSON.createObjectNode().put("message", "You are being rate limited.")
                            .put("retry_after", retryAfter).put("global", false).toString()).build();
        }
        return ok(record(call.order(), channelId, call.body()));
    }

    /**
     * A post made in a forum ({@code POST /channels/{forum}/threads}): answered with the post's thread and its opening
     * message, then announced with THREAD_CREATE, as Discord does.
     */
    private MockResponse forumPost(Call call, String forumId) {
        String threadId = objects.nextId();
        String name = call.body().path("name").asText();
        ObjectNode thread = DiscordObjects.post(threadId, name);
        ObjectNode opening = record(call.order(), threadId, call.body().path("message"));
        thread.set("message", opening);
        posts.add(new Post(forumId, threadId, name));
        gateway.dispatch("THREAD_CREATE", DiscordObjects.post(threadId, name).put("newly_created", true));
        return ok(thread);
    }

    /** Records a message the bot posts into a channel; returns it as Discord answers. */
    private ObjectNode record(long order, String channelId, JsonNode body) {
        ObjectNode message = objects.message(channelId, DiscordObjects.bot(), body.path("content").asText());
        message.set("components", body.path("components").isArray() ? body.path("components") : JSON.createArrayNode());
        List<String> buttons = new ArrayList<>();
        List<String> labels = new ArrayList<>();
        body.path("components").forEach(row -> row.path("components").forEach(button -> {
            buttons.add(button.path("custom_id").asText());
            labels.add(button.path("label").asText());
        }));
        List<String> files = new ArrayList<>();
        body.path("attachments").forEach(file -> files.add(file.path("filename").asText()));
        sent.add(new Sent(order, channelId, message.path("id").asText(), message.path("content").asText(),
                buttons, labels, files));
        return message;
    }

    private static ArrayNode registered(JsonNode commands) {
        ArrayNode answer = JSON.createArrayNode();
        commands.forEach(command -> answer.add(((ObjectNode) command.deepCopy()).put("id", "400000000000000001")
                .put("application_id", DiscordObjects.BOT_ID).put("version", "1").put("type", 1)));
        return answer;
    }

    private static ObjectNode callback(String interactionId, JsonNode body) {
        ObjectNode answer = JSON.createObjectNode();
        answer.putObject("interaction").put("id", interactionId).put("type", 0)
                .put("response_message_loading", body.path("type").asInt() == 5)
                .put("response_message_ephemeral", (body.path("data").path("flags").asInt() & 64) != 0);
        answer.putObject("resource").put("type", body.path("type").asInt());
        return answer;
    }

    /** The JSON body, or a multipart upload's {@code payload_json} part (which names the files in its attachments). */
    private static JsonNode body(RecordedRequest request) {
        String contentType = request.getHeaders().get("Content-Type");
        if (request.getBody() == null || request.getBody().size() == 0 || contentType == null) {
            return JSON.createObjectNode();
        }
        String text = request.getBody().utf8();
        if (contentType.startsWith("multipart/form-data")) {
            Matcher payload = PAYLOAD_JSON.matcher(text);
            text = payload.find() ? payload.group(1) : "{}";
        } else if (!contentType.startsWith("application/json")) {
            return JSON.createObjectNode();
        }
        try {
            return JSON.readTree(text);
        } catch (IOException e) {
            return JSON.createObjectNode().put("unreadable", text);
        }
    }

    private static MockResponse ok(JsonNode body) {
        return new MockResponse.Builder().addHeader("Content-Type", "application/json").body(body.toString()).build();
    }

    private static MockResponse error(int status, int code, String message) {
        return new MockResponse.Builder().code(status).addHeader("Content-Type", "application/json")
                .body(JSON.createObjectNode().put("message", message).put("code", code).toString()).build();
    }

    @Override
    public void close() {
        RUNNING.remove(apiUrl());
        server.close();
    }
}
