package org.helpline.channels.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import org.bson.Document;
import org.helpline.testing.RunningApp;
import org.helpline.testing.WebChatClient;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

/**
 * What the SMTP server answers decides: a mailbox it refuses for good (5xx) is given up after one try and kept,
 * failed, in the outbox; one it refuses for now (4xx) is tried again.
 */
class MailRefusedIntegrationTest {

    @TempDir
    Path data;

    @Test
    void aPermanentRefusalIsGivenUpAndATemporaryOneTriedAgain() throws Exception {
        try (RefusingSmtpServer smtp = new RefusingSmtpServer(Map.of(
                "gone.example.ru", "550 5.1.1 No such mailbox",
                "full.example.ru", "452 4.2.2 Mailbox full, try later"));
             RunningApp app = RunningApp.start(data, "--helpline.mail.host=127.0.0.1",
                     "--helpline.mail.port=" + smtp.port(), "--helpline.mail.security=none",
                     "--helpline.mail.from=support@helpline.test")) {
            new WebChatClient(app.port()).fileTicket("ru", "Орлова Вера", "vera@gone.example.ru",
                    "Не открывается почта в браузере, пишет ошибку входа");
            new WebChatClient(app.port()).fileTicket("ru", "Зайцев Олег", "oleg@full.example.ru",
                    "Не печатает принтер на втором этаже, горит красная лампа");
            MongoTemplate mongo = app.bean(MongoTemplate.class);

            await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
                Document gone = queued(mongo, "vera@gone.example.ru");
                assertThat(gone.getString("status")).isEqualTo("FAILED");
                assertThat(gone.getString("error")).contains("SMTP 550", "No such mailbox");
                assertThat(gone.getInteger("attempts")).isEqualTo(1);
                Document full = queued(mongo, "oleg@full.example.ru");
                assertThat(full.getString("status")).isNotEqualTo("FAILED");
                assertThat(full.getInteger("attempts")).as("tried again").isGreaterThanOrEqualTo(2);
            });
        }
    }

    private static Document queued(MongoTemplate mongo, String address) {
        Document mail = mongo.findOne(Query.query(Criteria.where("chatId").is(address)), Document.class, "outbox");
        assertThat(mail).as("a mail to " + address + " in the outbox").isNotNull();
        return mail;
    }
}
