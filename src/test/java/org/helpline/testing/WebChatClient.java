package org.helpline.testing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** A web-chat client for tests: speaks the JSON API over real HTTP, as the chat page does. */
public final class WebChatClient {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    public record Response(int status, JsonNode body) {

        /** The text of every bot message in the answer, in order. */
        public List<String> texts() {
            return body.path("messages").valueStream().map(m -> m.path("text").asString()).toList();
        }

        public String lastText() {
            return texts().getLast();
        }

        /** The button values offered with the last message. */
        public List<String> buttons() {
            var messages = body.path("messages");
            return messages.get(messages.size() - 1).path("buttons").valueStream()
                    .map(b -> b.path("value").asString()).toList();
        }
    }

    private final HttpClient http = HttpClient.newHttpClient();
    private final String base;
    private String sessionId;

    public WebChatClient(int port) {
        this.base = "http://127.0.0.1:" + port;
    }

    public String sessionId() {
        return sessionId;
    }

    public WebChatClient resume(String existingSession) {
        this.sessionId = existingSession;
        return this;
    }

    public Response open(String lang) {
        Response response = post("/api/chat/sessions", Map.of("lang", lang));
        sessionId = response.body().path("sessionId").asString();
        return response;
    }

    public Response say(String text) {
        return post(path("/messages"), Map.of("text", text));
    }

    public Response press(String value) {
        return post(path("/messages"), Map.of("action", value));
    }

    public Response sendOnce(Map<String, String> message) {
        return post(path("/messages"), message);
    }

    public Response upload(String filename, byte[] bytes) {
        String boundary = "----helpline" + UUID.randomUUID();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + filename
                + "\"\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.writeBytes(bytes);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return send(HttpRequest.newBuilder(URI.create(base + path("/attachments")))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build());
    }

    public Response transcript(long after) {
        return get(path("/messages?after=" + after), null);
    }

    public Response get(String path, String bearer) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).GET();
        if (bearer != null) {
            request.header("Authorization", "Bearer " + bearer);
        }
        return send(request.build());
    }

    public HttpResponse<byte[]> getBytes(String path, String bearer) {
        try {
            return http.send(HttpRequest.newBuilder(URI.create(base + path)).header("Authorization", "Bearer " + bearer)
                    .GET().build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public Response postRaw(String path, String contentType, String body) {
        return send(HttpRequest.newBuilder(URI.create(base + path)).header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofString(body)).build());
    }

    /** Walks a whole intake to the registered ticket and returns its number. */
    public String fileTicket(String description) {
        return fileTicket("ru", "Иванова Анна Сергеевна", "+7 912 345-67-89", description);
    }

    /** Walks a whole intake in {@code lang}, leaving {@code contact} (a phone or an e-mail); returns the number. */
    public String fileTicket(String lang, String name, String contact, String description) {
        open(lang);
        return walkIntake(description, () -> {
            say(name);
            say("Д-20417");
            say(contact);
        });
    }

    /** In the same chat, a new request ({@code /new}) by the same client, who reuses who they said they were. */
    public String fileAnotherTicket(String description) {
        say("/new");
        return walkIntake(description, () -> press("identity:reuse"));
    }

    private String walkIntake(String description, Runnable identify) {
        press("consent:yes");
        Response described = say(description);
        if (described.buttons().contains("kb:continue")) {
            press("kb:continue");
        }
        identify.run();
        upload("screen.png", Images.png());
        press("files:done");
        press("priority:urgent");
        String registered = press("summary:confirm").lastText();
        return registered.replaceAll("(?s).*?(HL-\\d{6}).*", "$1");
    }

    private String path(String suffix) {
        return "/api/chat/sessions/" + sessionId + suffix;
    }

    private Response post(String path, Object body) {
        return send(HttpRequest.newBuilder(URI.create(base + path)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body))).build());
    }

    private Response send(HttpRequest request) {
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            JsonNode body = response.body().isBlank() ? JSON.createObjectNode() : JSON.readTree(response.body());
            return new Response(response.statusCode(), body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
