package org.helpline.load;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.helpline.load.SampleClient.CONTRACT;
import static org.helpline.load.SampleClient.DESCRIPTION;
import static org.helpline.load.SampleClient.NAME;
import static org.helpline.load.SampleClient.PHONE;
import static org.helpline.load.SampleClient.SCREENSHOT;
import static org.helpline.load.SampleClient.SCREENSHOT_NAME;

/**
 * A client walking one whole web intake, consent to ticket number, through the chat's JSON API as the chat page
 * does, checking at each step that the bot asked what comes next. It keeps nothing between intakes, so the
 * clients of a phase share one; every request's round trip goes into the phase's {@link Latencies}.
 */
final class WebIntake {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Duration TIMEOUT = Duration.ofSeconds(60);

    private final HttpClient http;
    private final URI app;
    private final String lang;
    private final Latencies latencies;

    WebIntake(HttpClient http, URI app, String lang, Latencies latencies) {
        this.http = http;
        this.app = app;
        this.lang = lang;
        this.latencies = latencies;
    }

    /** Told as each request of a walk has been answered, with the step's name. */
    @FunctionalInterface
    interface Steps {
        Steps NONE = step -> {
        };

        void answered(String step) throws InterruptedException;
    }

    void walk() throws IOException, InterruptedException {
        walk(Steps.NONE);
    }

    void walk(Steps steps) throws IOException, InterruptedException {
        JsonNode opened = post("api/chat/sessions", Map.of("lang", lang));
        steps.answered("open the chat");
        String session = opened.path("sessionId").asString();
        if (session.isEmpty()) {
            throw new IllegalStateException("no sessionId in " + opened);
        }
        String messages = "api/chat/sessions/" + session + "/messages";
        post(messages, action("consent:yes"));
        steps.answered("consent:yes");
        // The knowledge base may or may not offer articles for the description; skip them when it does.
        boolean offered = hasButton(post(messages, text(DESCRIPTION)), "kb:continue");
        steps.answered("description");
        if (offered) {
            post(messages, action("kb:continue"));
            steps.answered("kb:continue");
        }
        post(messages, text(NAME));
        steps.answered("name");
        post(messages, text(CONTRACT));
        steps.answered("contract");
        post(messages, text(PHONE));
        steps.answered("phone");
        expectButton(upload("api/chat/sessions/" + session + "/attachments"), "files:done");
        steps.answered("screenshot upload");
        expectButton(post(messages, action("files:done")), "priority:normal");
        steps.answered("files:done");
        expectButton(post(messages, action("priority:normal")), "summary:confirm");
        steps.answered("priority:normal");
        JsonNode confirmed = post(messages, action("summary:confirm"));
        steps.answered("summary:confirm (ticket)");
        if (!texts(confirmed).contains("HL-")) {
            throw new IllegalStateException("no ticket number after summary:confirm: " + texts(confirmed));
        }
    }

    // A fresh clientMessageId each time, as a real client sends: the app dedupes on it.
    private static Map<String, String> action(String value) {
        return Map.of("action", value, "clientMessageId", UUID.randomUUID().toString());
    }

    private static Map<String, String> text(String value) {
        return Map.of("text", value, "clientMessageId", UUID.randomUUID().toString());
    }

    private JsonNode post(String path, Map<String, String> body) throws IOException, InterruptedException {
        return exchange(path, "application/json", JSON.writeValueAsBytes(body));
    }

    private JsonNode upload(String path) throws IOException, InterruptedException {
        String boundary = "helpline-load-" + UUID.randomUUID();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.writeBytes(("--" + boundary + "\r\n"
                + "Content-Disposition: form-data; name=\"file\"; filename=\"" + SCREENSHOT_NAME + "\"\r\n"
                + "Content-Type: image/png\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.writeBytes(SCREENSHOT);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return exchange(path, "multipart/form-data; boundary=" + boundary, body.toByteArray());
    }

    private JsonNode exchange(String path, String contentType, byte[] body) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(app.resolve(path))
                .timeout(TIMEOUT)
                .header("Content-Type", contentType)
                .header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body))
                .build();
        long sent = System.nanoTime();
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        latencies.record(System.nanoTime() - sent);
        if (response.statusCode() != 200) {
            // Session ids differ every time; without them the same error reads the same in the report.
            throw new IllegalStateException("HTTP " + response.statusCode() + " from POST "
                    + path.replaceAll("[0-9a-f-]{36}", "{id}") + ": " + abbreviate(response.body()));
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
        if (!hasButton(reply, value)) {
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

    private static String abbreviate(String s) {
        return s.length() <= 300 ? s : s.substring(0, 300) + "...";
    }
}
