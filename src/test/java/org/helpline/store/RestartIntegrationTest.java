package org.helpline.store;

import java.nio.file.Path;

import org.helpline.testing.Images;
import org.helpline.testing.RunningApp;
import org.helpline.testing.WebChatClient;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/** The embedded store lives on disk: a restart on the same data folder continues where everything was. */
class RestartIntegrationTest {

    @TempDir
    Path dataDir;

    @Test
    void aRestartMidIntakeContinuesAtTheSameQuestion() {
        String session;
        try (RunningApp app = RunningApp.start(dataDir)) {
            WebChatClient client = new WebChatClient(app.port());
            client.open("ru");
            client.press("consent:yes");
            if (client.say("Не работает сканер в приёмной, компьютер его не видит").buttons().contains("kb:continue")) {
                client.press("kb:continue");
            }
            client.say("Иванова Анна Сергеевна");
            session = client.sessionId();
        }
        try (RunningApp app = RunningApp.start(dataDir)) {
            WebChatClient client = new WebChatClient(app.port()).resume(session);
            assertThat(client.transcript(0).lastText()).contains("номер вашего договора");
            assertThat(client.say("Д-20417").lastText()).contains("Как с вами связаться");
        }
    }

    @Test
    void ticketsAndTheirNumbersSurviveARestart() {
        String first;
        try (RunningApp app = RunningApp.start(dataDir)) {
            first = new WebChatClient(app.port()).fileTicket("Не открывается 1С на компьютере бухгалтера, пишет ошибку");
        }
        try (RunningApp app = RunningApp.start(dataDir)) {
            WebChatClient client = new WebChatClient(app.port());
            var ticket = client.get("/api/tickets/" + first, "test-staff-token");
            assertThat(ticket.status()).isEqualTo(200);
            String id = ticket.body().path("attachments").get(0).path("id").asString();
            assertThat(client.getBytes("/api/tickets/" + first + "/attachments/" + id, "test-staff-token").body())
                    .isEqualTo(Images.png());
            String second = client.fileTicket("Не работает сканер в приёмной, компьютер его не видит");
            assertThat(Integer.parseInt(second.substring(3))).isEqualTo(Integer.parseInt(first.substring(3)) + 1);
        }
    }
}
