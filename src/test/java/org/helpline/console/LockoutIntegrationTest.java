package org.helpline.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.helpline.testing.ChatApiTest;
import org.helpline.testing.ShiftedClock;
import org.helpline.testing.ShiftedClockConfiguration;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;

/**
 * Five wrong passwords in a row lock an account for fifteen minutes (even the right password is refused, saying
 * so); a login that works starts the count again.
 */
@ChatApiTest
@Import(ShiftedClockConfiguration.class)
class LockoutIntegrationTest {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
    private static final String PASSWORD = "правильный-пароль";

    @LocalServerPort
    int port;

    @Autowired
    Accounts accounts;
    @Autowired
    ShiftedClock clock;

    @Test
    void fiveWrongPasswordsLockTheAccountForFifteenMinutes() throws Exception {
        accounts.create("sidorov", "Олег Сидоров", Role.ENGINEER, PASSWORD.toCharArray());
        for (int attempt = 1; attempt <= 4; attempt++) {
            assertThat(logIn("sidorov", "неправильный")).endsWith("/console/login?error");
        }
        assertThat(logIn("sidorov", PASSWORD)).as("four are not enough, and a login starts the count again").endsWith("/console/");
        for (int attempt = 1; attempt <= 4; attempt++) {
            assertThat(logIn("sidorov", "неправильный")).endsWith("/console/login?error");
        }
        assertThat(logIn("Sidorov", "неправильный")).as("the fifth in a row locks").endsWith("/console/login?error");
        assertThat(logIn("sidorov", PASSWORD)).as("locked: even the right password").endsWith("/console/login?locked");
        assertThat(page("/console/login?locked")).contains("вход заблокирован на 15 минут");

        clock.advance(Duration.ofMinutes(14));
        assertThat(logIn("sidorov", PASSWORD)).endsWith("/console/login?locked");
        clock.advance(Duration.ofMinutes(2));
        assertThat(logIn("sidorov", PASSWORD)).as("fifteen minutes later").endsWith("/console/");
    }

    /** Logs in with a fresh session, as a new browser would; where the login sends it. */
    private String logIn(String login, String password) throws IOException, InterruptedException {
        HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
        Matcher csrf = CSRF.matcher(http.send(HttpRequest.newBuilder(url("/console/login")).build(),
                HttpResponse.BodyHandlers.ofString()).body());
        assertThat(csrf.find()).isTrue();
        String form = "username=" + encode(login) + "&password=" + encode(password) + "&_csrf=" + encode(csrf.group(1));
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(url("/console/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(302);
        return response.headers().firstValue("Location").orElseThrow();
    }

    private String page(String path) throws IOException, InterruptedException {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(url(path)).header("Accept-Language", "ru").build(),
                HttpResponse.BodyHandlers.ofString()).body();
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private URI url(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }
}
