package org.helpline.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.helpline.HelplineApplication;
import org.helpline.testing.RunningApp;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The first admin is made from the command line on a fresh data folder (the password read from standard input,
 * as in a script), and then logs in to the console of the app started on that folder.
 */
class AdminCommandIntegrationTest {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    @TempDir
    Path data;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @Test
    void theFirstAdminIsCreatedFromTheCommandLineAndLogsIn() throws Exception {
        assertThat(command("короткий\n", "admin", "create", "ivanov")).as("a short password is refused").isEqualTo(1);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("at least 10 characters", "not created");

        assertThat(command("очень-длинный-пароль\n", "admin", "create", "Ivanov", "--name=Пётр Иванов")).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("admin account 'ivanov' (Пётр Иванов)");
        assertThat(command("другой-длинный-пароль\n", "admin", "create", "ivanov")).as("the login is taken").isEqualTo(1);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("already exists");

        try (RunningApp app = RunningApp.start(data)) {
            HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
            String base = "http://127.0.0.1:" + app.port();
            String form = http.send(HttpRequest.newBuilder(URI.create(base + "/console/login")).build(),
                    HttpResponse.BodyHandlers.ofString()).body();
            Matcher csrf = CSRF.matcher(form);
            assertThat(csrf.find()).isTrue();
            String body = "username=ivanov&password=" + URLEncoder.encode("очень-длинный-пароль", StandardCharsets.UTF_8)
                    + "&_csrf=" + URLEncoder.encode(csrf.group(1), StandardCharsets.UTF_8);
            HttpResponse<String> login = http.send(HttpRequest.newBuilder(URI.create(base + "/console/login"))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(login.statusCode()).isEqualTo(302);
            assertThat(login.headers().firstValue("Location")).hasValueSatisfying(to -> assertThat(to).endsWith("/console/"));
            HttpResponse<String> me = http.send(HttpRequest.newBuilder(URI.create(base + "/console/api/me")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(me.statusCode()).isEqualTo(200);
            assertThat(me.body()).contains("\"login\":\"ivanov\"", "\"name\":\"Пётр Иванов\"", "\"role\":\"admin\"");
        }
    }

    @Test
    void aWrongCommandShowsTheUsage() {
        assertThat(command("", "admin", "delete", "ivanov")).isEqualTo(2);
        assertThat(command("", "admin", "create", "ivanov", "--role=boss")).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("Usage: admin create <login>", "Unknown role 'boss'");
        assertThat(command("", "admin", "create", "ivanov")).as("no password on standard input").isEqualTo(1);
    }

    private int command(String stdin, String... args) {
        String[] all = new String[args.length + 2];
        System.arraycopy(args, 0, all, 0, args.length);
        all[args.length] = "--helpline.store.data-dir=" + data;
        all[args.length + 1] = "--spring.profiles.active=test";
        PrintStream errors = new PrintStream(err, true, StandardCharsets.UTF_8);
        return AdminCommand.run(HelplineApplication.class, all,
                AdminCommand.passwords(null, new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)), errors),
                new PrintStream(out, true, StandardCharsets.UTF_8), errors);
    }
}
