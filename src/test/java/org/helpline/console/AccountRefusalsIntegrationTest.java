package org.helpline.console;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.helpline.testing.ChatApiTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * What the admins' account calls refuse, said in the admin's language from the dialog texts (never the English
 * exception text), with nothing created; what an engineer is refused; and that every change is audited.
 */
@ChatApiTest
class AccountRefusalsIntegrationTest {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
    private static final Pattern TOKEN = Pattern.compile("\"csrfToken\":\"([^\"]+)\"");
    private static final String PASSWORD = "админ-пароль-2026";

    @LocalServerPort
    int port;

    @Autowired
    Accounts accounts;
    @Autowired
    AuditLog audit;

    @BeforeEach
    void accounts() {
        if (accounts.find("refusals.admin").isEmpty()) {
            accounts.create("refusals.admin", "Ирина Админова", Role.ADMIN, PASSWORD.toCharArray());
            accounts.create("refusals.engineer", "Пётр Инженеров", Role.ENGINEER, PASSWORD.toCharArray());
        }
    }

    @Test
    void aShortPasswordIsRefusedInTheAdminsLanguage() throws Exception {
        Session admin = logIn("refusals.admin");
        HttpResponse<String> ru = admin.post("/console/api/accounts", "ru",
                "{\"login\":\"short.one\",\"name\":\"Олег\",\"role\":\"engineer\",\"password\":\"123456789\"}");
        assertThat(ru.statusCode()).isEqualTo(400);
        assertThat(ru.body()).contains("Пароль слишком короткий: нужно не меньше 10 символов.").doesNotContain("The password");
        HttpResponse<String> en = admin.post("/console/api/accounts", "en",
                "{\"login\":\"short.one\",\"role\":\"engineer\",\"password\":\"123\"}");
        assertThat(en.body()).contains("The password is too short: it needs at least 10 characters.");
        assertThat(accounts.find("short.one")).as("nothing created").isEmpty();

        HttpResponse<String> reset = admin.post("/console/api/accounts/refusals.engineer/password", "ru", "{\"password\":\"коротко\"}");
        assertThat(reset.statusCode()).isEqualTo(400);
        assertThat(reset.body()).contains("Пароль слишком короткий");
        assertThat(logIn("refusals.engineer").token()).as("the old password still works").isNotBlank();
    }

    @Test
    void aPasswordResetByAnAdminReplacesTheOldOne() throws Exception {
        accounts.create("reset.me", "Сброс Паролев", Role.LEAD, PASSWORD.toCharArray());
        HttpResponse<String> reset = logIn("refusals.admin").post("/console/api/accounts/reset.me/password", "ru",
                "{\"password\":\"новый-пароль-2026\"}");
        assertThat(reset.statusCode()).isEqualTo(200);
        assertThat(logIn("reset.me", PASSWORD)).isNull();
        assertThat(logIn("reset.me", "новый-пароль-2026")).isNotNull();
    }

    @Test
    void aTakenLoginOrABadOneIsRefusedAndNothingChanges() throws Exception {
        Session admin = logIn("refusals.admin");
        HttpResponse<String> taken = admin.post("/console/api/accounts", "ru",
                "{\"login\":\"Refusals.Engineer\",\"name\":\"Другой\",\"role\":\"lead\",\"password\":\"достаточно-длинный\"}");
        assertThat(taken.statusCode()).isEqualTo(400);
        assertThat(taken.body()).contains("Логин Refusals.Engineer уже занят — выберите другой.");
        assertThat(accounts.find("refusals.engineer").orElseThrow().name()).isEqualTo("Пётр Инженеров");

        HttpResponse<String> malformed = admin.post("/console/api/accounts", "ru",
                "{\"login\":\"пётр\",\"role\":\"engineer\",\"password\":\"достаточно-длинный\"}");
        assertThat(malformed.body()).contains("Логин — от 2 до 40 латинских букв");
        HttpResponse<String> noRole = admin.post("/console/api/accounts", "ru",
                "{\"login\":\"no.role\",\"role\":\"boss\",\"password\":\"достаточно-длинный\"}");
        assertThat(noRole.body()).contains("Выберите роль из списка.");
        HttpResponse<String> self = admin.post("/console/api/accounts/refusals.admin/disable", "ru", "");
        assertThat(self.body()).contains("Свою учётную запись отключить нельзя");
        assertThat(accounts.find("refusals.admin").orElseThrow().disabled()).isFalse();
    }

    @Test
    void messengerIdsAreLinkedOnlyToOneAccountAndOnlyWhenTheyAreUserIds() throws Exception {
        Session admin = logIn("refusals.admin");
        HttpResponse<String> linked = admin.post("/console/api/accounts/refusals.engineer/identities", "ru",
                "{\"telegramId\":\" 4242 \",\"discordId\":\"123456789012345678\"}");
        assertThat(linked.statusCode()).isEqualTo(200);
        assertThat(linked.body()).contains("\"telegramId\":\"4242\"", "\"discordId\":\"123456789012345678\"");
        HttpResponse<String> taken = admin.post("/console/api/accounts/refusals.admin/identities", "ru",
                "{\"telegramId\":\"4242\"}");
        assertThat(taken.statusCode()).isEqualTo(400);
        assertThat(taken.body()).contains("Этот id уже привязан к другой учётной записи");
        HttpResponse<String> name = admin.post("/console/api/accounts/refusals.admin/identities", "en",
                "{\"telegramId\":\"@petr\"}");
        assertThat(name.body()).contains("This does not look like a user id");
        assertThat(accounts.find("refusals.admin").orElseThrow().telegramId()).isNull();
    }

    @Test
    void anEngineerIsRefusedAndAnAdminsChangesAreAudited() throws Exception {
        Session engineer = logIn("refusals.engineer");
        assertThat(engineer.get("/console/api/accounts").statusCode()).isEqualTo(403);
        assertThat(engineer.post("/console/api/accounts", "ru",
                "{\"login\":\"sneaky\",\"role\":\"admin\",\"password\":\"достаточно-длинный\"}").statusCode()).isEqualTo(403);
        assertThat(accounts.find("sneaky")).isEmpty();

        Session admin = logIn("refusals.admin");
        assertThat(admin.post("/console/api/accounts", "ru",
                "{\"login\":\"audited\",\"name\":\"Анна Аудитова\",\"role\":\"lead\",\"password\":\"достаточно-длинный\"}")
                .statusCode()).isEqualTo(200);
        Session audited = logIn("audited", "достаточно-длинный");
        assertThat(audited.get("/console/api/me").statusCode()).isEqualTo(200);
        assertThat(admin.post("/console/api/accounts/audited/disable", "ru", "").body()).contains("\"disabled\":true");
        assertThat(audited.get("/console/api/me").statusCode()).as("a disabled account's open session ends").isEqualTo(401);
        assertThat(logIn("audited", "достаточно-длинный")).as("and it cannot log in again").isNull();
        assertThat(audit.latest()).filteredOn(entry -> "audited".equals(entry.detail()))
                .extracting(AuditLog.Entry::login, AuditLog.Entry::action)
                .containsExactly(tuple("refusals.admin", "account_disabled"),
                        tuple("refusals.admin", "account_created"));
    }

    /** A logged-in console session, sending the CSRF header the page's script sends. */
    private record Session(HttpClient http, String token, URI base) {

        HttpResponse<String> get(String path) throws IOException, InterruptedException {
            return http.send(HttpRequest.newBuilder(base.resolve(path)).build(), HttpResponse.BodyHandlers.ofString());
        }

        HttpResponse<String> post(String path, String lang, String json) throws IOException, InterruptedException {
            return http.send(HttpRequest.newBuilder(base.resolve(path)).header("Content-Type", "application/json")
                    .header("Accept-Language", lang).header("X-CSRF-TOKEN", token)
                    .POST(HttpRequest.BodyPublishers.ofString(json)).build(), HttpResponse.BodyHandlers.ofString());
        }
    }

    private Session logIn(String login) throws IOException, InterruptedException {
        Session session = logIn(login, PASSWORD);
        assertThat(session).as(login + " logs in").isNotNull();
        return session;
    }

    /** A session logged in, or null when the login is refused. */
    private Session logIn(String login, String password) throws IOException, InterruptedException {
        URI base = URI.create("http://127.0.0.1:" + port);
        HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
        Matcher csrf = CSRF.matcher(http.send(HttpRequest.newBuilder(base.resolve("/console/login")).build(),
                HttpResponse.BodyHandlers.ofString()).body());
        assertThat(csrf.find()).isTrue();
        String form = "username=" + encode(login) + "&password=" + encode(password) + "&_csrf=" + encode(csrf.group(1));
        HttpResponse<String> loggedIn = http.send(HttpRequest.newBuilder(base.resolve("/console/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        if (!loggedIn.headers().firstValue("Location").orElseThrow().endsWith("/console/")) {
            return null;
        }
        Matcher token = TOKEN.matcher(http.send(HttpRequest.newBuilder(base.resolve("/console/api/me")).build(),
                HttpResponse.BodyHandlers.ofString()).body());
        assertThat(token.find()).isTrue();
        return new Session(http, token.group(1), base);
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
