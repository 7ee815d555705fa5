package org.helpline.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Date;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import org.bson.Document;
import org.helpline.channels.telegram.FakeBotApi;
import org.helpline.channels.telegram.FakeBotApiLifetime;
import org.helpline.testing.ShiftedClock;
import org.helpline.testing.ShiftedClockConfiguration;
import org.helpline.testing.WebChatClient;
import org.helpline.testing.Images;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.data.mongodb.MongoDatabaseFactory;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The retention purges on a clock the test moves, read and written with the MongoDB driver: what is older than its
 * retention goes, what is younger stays. The scheduled round is an hour away, so only the test's rounds run.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"helpline.retention.purge-every=1h", "helpline.web-chat.sessions-per-minute=1000"})
@ActiveProfiles("test")
@Import({FakeBotApiLifetime.class, ShiftedClockConfiguration.class})
@DirtiesContext
class PurgesIntegrationTest {

    static final FakeBotApi telegram = FakeBotApi.start("PURGE:TOKEN");

    @DynamicPropertySource
    static void telegram(DynamicPropertyRegistry registry) {
        telegram.wire(registry);
    }

    @Autowired
    ShiftedClock clock;
    @Autowired
    Purges purges;
    @Autowired
    MongoDatabaseFactory databases;
    @LocalServerPort
    int port;

    @Test
    void handledUpdatesAndRefusedMessagesGoAfterAWeekAndNothingYounger() {
        Instant now = clock.instant();
        MongoCollection<Document> updates = db().getCollection("telegram_updates");
        updates.insertOne(new Document("_id", 900_001).append("received", at(now.minus(Duration.ofDays(8))))
                .append("handled", true));
        updates.insertOne(new Document("_id", 900_002).append("received", at(now.minus(Duration.ofDays(6))))
                .append("handled", true));
        MongoCollection<Document> outbox = db().getCollection("outbox");
        outbox.insertOne(message(800_001, "FAILED", now.minus(Duration.ofDays(8))));
        outbox.insertOne(message(800_002, "FAILED", now.minus(Duration.ofDays(6))));
        outbox.insertOne(message(800_003, "PENDING", now.minus(Duration.ofDays(8))));

        purges.runAll();

        assertThat(updates.find(Filters.in("_id", 900_001, 900_002)).map(found -> found.getInteger("_id")))
                .containsExactly(900_002);
        assertThat(outbox.find(Filters.eq("channel", "nowhere")).map(found -> found.getLong("seq")))
                .as("a refused message a week old goes; a younger one, and one still to send, stay")
                .containsExactlyInAnyOrder(800_002L, 800_003L);
    }

    @Test
    void aDraftAbandonedFor30DaysGoesWithItsFileAndTranscriptAndAYoungerOneStays() {
        clock.set(Instant.parse("2027-03-01T09:00:00Z"));
        WebChatClient abandoned = walkToAScreenshot();
        clock.set(Instant.parse("2027-03-30T09:00:00Z"));
        WebChatClient recent = walkToAScreenshot();
        String abandonedDraft = draftKey(abandoned);
        String recentDraft = draftKey(recent);
        assertThat(files(abandonedDraft)).isEqualTo(1);

        clock.set(Instant.parse("2027-03-31T10:00:00Z"));
        purges.runAll();

        assertThat(conversation(abandoned)).as("the abandoned draft's conversation").isZero();
        assertThat(files(abandonedDraft)).as("the abandoned draft's screenshot").isZero();
        assertThat(db().getCollection("messages").countDocuments(Filters.eq("conversationId", "web:" + abandoned.sessionId())))
                .isZero();
        assertThat(conversation(recent)).isEqualTo(1);
        assertThat(files(recentDraft)).isEqualTo(1);
        assertThat(recent.say("Готово").status()).as("the younger draft carries on").isEqualTo(200);
    }

    private WebChatClient walkToAScreenshot() {
        WebChatClient client = new WebChatClient(port);
        client.open("ru");
        client.press("consent:yes");
        if (client.say("Не печатает принтер в бухгалтерии").buttons().contains("kb:continue")) {
            client.press("kb:continue");
        }
        client.say("Петров Пётр");
        client.say("Д-20417");
        client.say("+7 912 345-67-89");
        assertThat(client.upload("screen.png", Images.png()).status()).isEqualTo(200);
        return client;
    }

    private long conversation(WebChatClient client) {
        return db().getCollection("conversations").countDocuments(Filters.eq("_id", "web:" + client.sessionId()));
    }

    /** The key of the chat's draft, which owns its files in GridFS. */
    private String draftKey(WebChatClient client) {
        return db().getCollection("conversations").find(Filters.eq("_id", "web:" + client.sessionId())).first()
                .get("states", Document.class).get("intake", Document.class).getString("intakeKey");
    }

    private long files(String draftKey) {
        return db().getCollection("attachments.files").countDocuments(Filters.eq("metadata.owner", draftKey));
    }

    private MongoDatabase db() {
        return databases.getMongoDatabase();
    }

    private static Document message(long seq, String status, Instant created) {
        return new Document("seq", seq).append("channel", "nowhere").append("chatId", "1").append("text", "…")
                .append("created", at(created)).append("status", status).append("attempts", 1);
    }

    private static Date at(Instant instant) {
        return Date.from(instant);
    }
}
