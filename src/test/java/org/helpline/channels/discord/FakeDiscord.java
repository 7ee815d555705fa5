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

    /** A message the bot posted: its channel, id, text and the custom ids and labels of its buttons. */
    record Sent(long order, String channelId, String messageId, String content, List<String> buttons,
                List<String> labels) {
    }

    /** A message the fake refused (Discord down, or asking the bot to slow down), with the HTTP status it answered. */
    record Refused(Instant at, String channelId, int status) {
    }

    static final String TOKEN = "test-discord-token";
    private static final Map<String, FakeDiscord> RUNNING = new ConcurrentHashMap<>();

    private final MockWebServer server = new MockWebServer();
    private final DiscordObjects objects = new DiscordObjects();
    private final FakeGateway gateway;
    private final AtomicLong order = new AtomicLong();
    private final List<Call> calls = new CopyOnWriteArrayList<>();
    private final List<Sent> sent = new CopyOnWriteArrayList<>();
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
            case "POST channels" -> posted(call, parts[1]);
            case "POST interactions" -> ok(callback(parts[1], call.body()));
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
        ObjectNode message = objects.message(channelId, DiscordObjects.bot(), call.body().path("content").asText());
        message.set("components", call.body().path("components").isArray() ? call.body().path("components") : JSON.createArrayNode());
        List<String> buttons = new ArrayList<>();
        List<String> labels = new ArrayList<>();
        call.body().path("components").forEach(row -> row.path("components").forEach(button -> {
            buttons.add(button.path("custom_id").asText());
            labels.add(button.path("label").asText());
        }));
        sent.add(new Sent(call.order(), channelId, message.path("id").asText(), message.path("content").asText(),
                buttons, labels));
        return ok(message);
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

    private static JsonNode body(RecordedRequest request) {
        String contentType = request.getHeaders().get("Content-Type");
        if (request.getBody() == null || request.getBody().size() == 0 || contentType == null
                || !contentType.startsWith("application/json")) {
            return JSON.createObjectNode();
        }
        try {
            return JSON.readTree(request.getBody().utf8());
        } catch (IOException e) {
            return JSON.createObjectNode().put("unreadable", request.getBody().utf8());
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
