package org.helpline.load;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** The app's Actuator endpoints, the same for an app in this JVM and a remote one (--url). */
final class Actuator {

    private static final Duration TIMEOUT = Duration.ofSeconds(10);

    private final HttpClient http;
    private final URI app;

    Actuator(HttpClient http, URI app) {
        this.http = http;
        this.app = app;
    }

    /** {@code path} under {@code /actuator/}, e.g. {@code prometheus}. */
    HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(app.resolve("actuator/" + path)).timeout(TIMEOUT).build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
