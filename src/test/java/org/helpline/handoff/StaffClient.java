package org.helpline.handoff;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;

import org.helpline.testing.WebChatClient.Response;
import tools.jackson.databind.json.JsonMapper;

/** An engineers' tool for tests: the staff HTTP actions with the bearer token. */
final class StaffClient {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final HttpClient http = HttpClient.newHttpClient();
    private final String base;
    private final String token;

    StaffClient(int port, String token) {
        this.base = "http://127.0.0.1:" + port + "/api/tickets/";
        this.token = token;
    }

    Response post(String number, String action, Map<String, ?> body) {
        return send(HttpRequest.newBuilder(URI.create(base + number + "/" + action))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body))));
    }

    Response get(String number) {
        return send(HttpRequest.newBuilder(URI.create(base + number)).GET());
    }

    private Response send(HttpRequest.Builder request) {
        try {
            HttpResponse<String> response = http.send(request.header("Authorization", "Bearer " + token).build(),
                    HttpResponse.BodyHandlers.ofString());
            return new Response(response.statusCode(), JSON.readTree(response.body()));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
