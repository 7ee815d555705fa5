package org.helpline.channels.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;

import org.bson.Document;
import org.helpline.testing.RunningApp;
import org.helpline.testing.WebChatClient;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

/**
 * A mail queued while the SMTP server is down survives the app's restart and arrives once, when the server is up.
 */
class MailOutageIntegrationTest {

    @TempDir
    Path data;

    @Test
    void aMailQueuedWhileTheServerIsDownArrivesOnceAfterARestart() throws IOException {
        int smtpPort = freePort();
        String address = "olga.sidorova@example.ru";
        String number;
        try (RunningApp app = start(smtpPort)) {
            number = new WebChatClient(app.port()).fileTicket("ru", "Сидорова Ольга", address,
                    "Не работает интернет в переговорной, кабель подключён");
            MongoTemplate mongo = app.bean(MongoTemplate.class);
            await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
                Document queued = mail(mongo);
                assertThat(queued).as("queued").isNotNull();
                assertThat(queued.getString("status")).as("still to send").isEqualTo("PENDING");
                assertThat(queued.getInteger("attempts")).as("tried against the down server").isPositive();
            });
        }

        try (Inbox inbox = Inbox.startOn(smtpPort); RunningApp app = start(smtpPort)) {
            await().atMost(Duration.ofSeconds(30)).until(() -> inbox.to(address), mails -> !mails.isEmpty());
            MongoTemplate mongo = app.bean(MongoTemplate.class);
            await().atMost(Duration.ofSeconds(10)).until(() -> mail(mongo) == null);
            assertThat(inbox.to(address)).singleElement()
                    .satisfies(mail -> assertThat(mail.subject()).isEqualTo("Заявка " + number + " зарегистрирована"));
        }
    }

    private RunningApp start(int smtpPort) {
        return RunningApp.start(data, "--helpline.mail.host=127.0.0.1", "--helpline.mail.port=" + smtpPort,
                "--helpline.mail.security=none",
                "--helpline.mail.username=" + Inbox.LOGIN, "--helpline.mail.password=" + Inbox.PASSWORD, "--helpline.mail.from=support@helpline.test");
    }

    private static Document mail(MongoTemplate mongo) {
        return mongo.findOne(Query.query(Criteria.where("channel").is("mail")), Document.class, "outbox");
    }

    /** A port nothing listens on now; the SMTP server takes it later. */
    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }
}
