package org.helpline.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.helpline.testing.ChatApiTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Spring Security guards the console and nothing else: the web chat, the knowledge base and health answer
 * without a login or a cookie, the staff API still wants its bearer token (never a login form), and the
 * console sends strangers to its login form.
 */
@ChatApiTest
class ConsoleBoundariesIntegrationTest {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    @LocalServerPort
    int port;

    @Autowired
    Accounts accounts;

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void theChatTheKnowledgeBaseAndHealthStayOpenWithoutASession() throws Exception {
        for (String path : new String[] {"/", "/chat.js", "/api/kb/search?q=" + URLEncoder.encode("принтер", StandardCharsets.UTF_8),
                "/api/kb/status", "/kb/attachments", "/actuator/health"}) {
            HttpResponse<String> response = get(path, null);
            assertThat(response.statusCode()).as(path).isEqualTo(200);
            assertThat(response.headers().firstValue("Set-Cookie")).as(path + " sets no session cookie").isEmpty();
            assertThat(response.headers().firstValue("X-Frame-Options")).as(path + " keeps its own headers").isEmpty();
        }
        HttpResponse<String> chat = http.send(HttpRequest.newBuilder(url("/api/chat/sessions"))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString("{\"lang\":\"ru\"}")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(chat.statusCode()).as("the web chat needs no CSRF token").isEqualTo(200);
        assertThat(chat.body()).contains("sessionId");
    }

    @Test
    void theStaffApiIsStillBearerOnlyAndNeverOffersALoginForm() throws Exception {
        HttpResponse<String> stranger = get("/api/tickets", null);
        assertThat(stranger.statusCode()).isEqualTo(401);
        assertThat(stranger.headers().firstValue("WWW-Authenticate")).hasValue("Bearer");
        assertThat(stranger.body()).contains("\"error\":\"unauthorized\"");
        assertThat(stranger.headers().firstValue("Location")).isEmpty();

        accounts.create("boundary-admin", null, Role.ADMIN, "длинный-пароль-1".toCharArray());
        HttpResponse<String> withLoginOnly = http.send(HttpRequest.newBuilder(url("/api/tickets"))
                .header("Authorization", "Basic " + java.util.Base64.getEncoder()
                        .encodeToString("boundary-admin:длинный-пароль-1".getBytes(StandardCharsets.UTF_8))).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(withLoginOnly.statusCode()).as("a console account is no staff token").isEqualTo(401);

        assertThat(get("/api/tickets", "test-staff-token").statusCode()).isEqualTo(200);
        for (String staffPath : new String[] {"/api/callbacks", "/api/kb/stats", "/api/reports/sla"}) {
            assertThat(get(staffPath, null).statusCode()).as(staffPath + " still wants the staff token").isEqualTo(401);
        }
    }

    @Test
    void theConsoleSendsStrangersToALoginFormWithAPasswordField() throws Exception {
        HttpResponse<String> page = get("/console/", null);
        assertThat(page.statusCode()).isEqualTo(302);
        assertThat(page.headers().firstValue("Location")).hasValueSatisfying(to -> assertThat(to).endsWith("/console/login"));
        assertThat(page.headers().firstValue("WWW-Authenticate")).as("not HTTP Basic").isEmpty();
        assertThat(get("/console/api/queue", null).statusCode()).as("the page's own calls get a plain 401").isEqualTo(401);

        HttpResponse<String> login = get("/console/login", null);
        assertThat(login.statusCode()).isEqualTo(200);
        assertThat(login.body()).contains("type=\"password\"", "Вход в консоль поддержки");
        Matcher csrf = CSRF.matcher(login.body());
        assertThat(csrf.find()).as("the login form carries its CSRF token").isTrue();
    }

    private HttpResponse<String> get(String path, String bearer) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(url(path)).header("Accept-Language", "ru");
        if (bearer != null) {
            request.header("Authorization", "Bearer " + bearer);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private URI url(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }
}
