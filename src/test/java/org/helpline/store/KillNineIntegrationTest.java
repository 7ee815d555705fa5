package org.helpline.store;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.helpline.HelplineApplication;
import org.helpline.testing.WebChatClient;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The app in a process of its own, killed with SIGKILL right after it showed a ticket number: no shutdown
 * hook runs, so only what the store made durable before answering is there after the restart.
 */
class KillNineIntegrationTest {

    @TempDir
    Path dataDir;

    @Test
    void aTicketWhoseNumberWasShownSurvivesKillNine() throws Exception {
        int port = freePort();
        String number;
        String midIntake;
        Process app = launch(port);
        try {
            WebChatClient client = new WebChatClient(port);
            number = client.fileTicket("Не открывается 1С на компьютере бухгалтера, пишет ошибку лицензии");
            WebChatClient another = new WebChatClient(port);
            another.open("ru");
            another.press("consent:yes");
            midIntake = another.sessionId();
        } finally {
            app.destroyForcibly().waitFor();
        }
        Process restarted = launch(port);
        try {
            WebChatClient client = new WebChatClient(port);
            assertThat(client.get("/api/tickets/" + number, "kill-nine-token").body().path("number").asString())
                    .isEqualTo(number);
            assertThat(client.resume(midIntake).transcript(0).lastText()).contains("Опишите");
        } finally {
            restarted.destroyForcibly().waitFor();
        }
    }

    private Process launch(int port) throws IOException, InterruptedException {
        String java = ProcessHandle.current().info().command().orElse("java");
        Process process = new ProcessBuilder(List.of(java, "-Xmx512m", "-cp", System.getProperty("java.class.path"),
                HelplineApplication.class.getName(), "--server.port=" + port, "--helpline.store.data-dir=" + dataDir,
                "--helpline.api.token=kill-nine-token", "--spring.main.banner-mode=off"))
                .redirectErrorStream(true)
                .redirectOutput(dataDir.resolve("app-" + System.nanoTime() + ".log").toFile())
                .start();
        HttpClient http = HttpClient.newHttpClient();
        try {
            // A whole app start in a fresh JVM: on a busy 2-core machine that took over 90 s, so the bound is generous.
            await().atMost(Duration.ofMinutes(3)).pollInterval(Duration.ofMillis(200)).until(() -> {
                assertThat(process.isAlive()).as("the app process is running").isTrue();
                try {
                    return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/actuator/health")).build(),
                            HttpResponse.BodyHandlers.ofString()).statusCode() == 200;
                } catch (IOException notYet) {
                    return false;
                }
            });
        } catch (RuntimeException | AssertionError notStarted) {
            process.destroyForcibly().waitFor(); // never leave an app behind holding the data folder
            throw notStarted;
        }
        return process;
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
