package org.helpline.channels.mail;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;

import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/** The engineers' HTTP actions on a ticket, with the test profile's staff token; each must succeed. */
final class StaffApi {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final HttpClient http = HttpClient.newHttpClient();
    private final String base;

    StaffApi(int port) {
        this.base = "http://127.0.0.1:" + port + "/api/tickets/";
    }

    void act(String number, String action, Map<String, ?> body) {
        try {
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(base + number + "/" + action))
                    .header("Authorization", "Bearer test-staff-token").header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body))).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(response.statusCode()).as(action + " " + number + ": " + response.body()).isEqualTo(200);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
