package org.helpline.channels.telegram.botapi;

import org.helpline.channels.telegram.FakeBotApi;
import org.helpline.channels.telegram.BotChat;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.bson.Document;
import org.helpline.channels.telegram.FakeBotApi.Sent;
import org.helpline.conversation.ChatMessage;
import org.helpline.testing.RunningApp;
import org.junit.jupiter.api.Test;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The conversation and the outbox live in the store: after a restart the bot carries on at the client's question,
 * and sends what it could not send before it stopped.
 */
class TelegramRestartIntegrationTest {

    @TempDir
    Path dataDir;

    @Test
    void aRestartMidIntakeContinuesAtTheSameQuestion() {
        try (FakeBotApi telegram = FakeBotApi.start("TEST:TOKEN")) {
            String[] bot = {"--helpline.telegram.token=TEST:TOKEN", "--helpline.telegram.api-url=" + telegram.url()};
            BotChat chat = new BotChat(telegram);
            try (RunningApp app = RunningApp.start(dataDir, bot)) {
                chat.say("/start", "consent:yes");
                chat.press("consent:yes", "Опишите");
            }
            try (RunningApp app = RunningApp.start(dataDir, bot)) {
                assertThat(chat.say("коротко", "Слишком коротко")).hasSize(1);
            }
        }
    }

    @Test
    void messagesLeftInTheOutboxAtAStopAreSentAfterTheRestart() {
        try (FakeBotApi telegram = FakeBotApi.start("TEST:TOKEN")) {
            String[] bot = {"--helpline.telegram.token=TEST:TOKEN", "--helpline.telegram.api-url=" + telegram.url()};
            long chat = new BotChat(telegram).id();
            telegram.down(true);
            try (RunningApp app = RunningApp.start(dataDir, bot)) {
                app.bean(TelegramReplies.class).send(String.valueOf(chat),
                        List.of(new ChatMessage(1, "ответ инженера", List.of()), new ChatMessage(2, "и ещё", List.of())));
                await().atMost(Duration.ofSeconds(15)).until(() -> !telegram.refused(chat).isEmpty());
            }
            telegram.down(false);
            assertThat(telegram.sent(chat)).isEmpty();

            try (RunningApp app = RunningApp.start(dataDir, bot)) {
                await().atMost(Duration.ofSeconds(15)).until(() -> telegram.sent(chat).size() >= 2);
                await().during(Duration.ofSeconds(1)).until(() -> telegram.sent(chat).size() == 2);
                assertThat(telegram.sent(chat)).extracting(Sent::text).containsExactly("ответ инженера", "и ещё");
            }
        }
    }

    @Test
    void messagesAnOlderVersionLeftInItsTelegramOutboxAreSentAfterTheUpgrade() {
        try (FakeBotApi telegram = FakeBotApi.start("TEST:TOKEN")) {
            String[] bot = {"--helpline.telegram.token=TEST:TOKEN", "--helpline.telegram.api-url=" + telegram.url()};
            long chat = new BotChat(telegram).id();
            try (RunningApp app = RunningApp.start(dataDir)) {
                // As the previous version stored them: its own collection, numbered by its own sequence.
                app.bean(MongoTemplate.class).insert(List.of(
                        legacy(8, chat, "ответ инженера", "PENDING"), legacy(9, chat, "и ещё", "SENDING"),
                        legacy(7, chat, "отвергнуто Telegram", "FAILED")), "telegram_outbox");
            }

            try (RunningApp app = RunningApp.start(dataDir, bot)) {
                await().atMost(Duration.ofSeconds(15)).until(() -> telegram.sent(chat).size() >= 2);
                await().during(Duration.ofSeconds(1)).until(() -> telegram.sent(chat).size() == 2);
                assertThat(telegram.sent(chat)).extracting(Sent::text).containsExactly("ответ инженера", "и ещё");
                assertThat(app.bean(MongoTemplate.class).getCollection("telegram_outbox").countDocuments()).isEqualTo(1);
            }
        }
    }

    private static Document legacy(long seq, long chat, String text, String status) {
        return new Document("seq", seq).append("chatId", String.valueOf(chat)).append("text", text)
                .append("buttons", List.of()).append("created", new Date()).append("attempts", 1)
                .append("nextAttempt", new Date()).append("status", status);
    }

    @Test
    void anUpdateWhoseHandlingNeverFinishedIsHandledWhenDeliveredAgain() {
        try (FakeBotApi telegram = FakeBotApi.start("TEST:TOKEN")) {
            String[] bot = {"--helpline.telegram.token=TEST:TOKEN", "--helpline.telegram.api-url=" + telegram.url()};
            BotChat chat = new BotChat(telegram);
            try (RunningApp app = RunningApp.start(dataDir, bot)) {
                chat.say("/start", "consent:yes");
                ObjectNode consent = telegram.press(chat.id(), "consent:yes");
                // As if the process died after recording the update and before handling it.
                app.bean(MongoTemplate.class).insert(new UpdateLedger.Received(consent.path("update_id").asInt(),
                        Instant.now(), false));
                chat.send(consent, "Опишите");
            }
        }
    }

    @Test
    void anUpdateDeliveredAgainAfterARestartHasNoSecondEffect() {
        try (FakeBotApi telegram = FakeBotApi.start("TEST:TOKEN")) {
            String[] bot = {"--helpline.telegram.token=TEST:TOKEN", "--helpline.telegram.api-url=" + telegram.url()};
            BotChat chat = new BotChat(telegram);
            ObjectNode consent;
            try (RunningApp app = RunningApp.start(dataDir, bot)) {
                chat.say("/start", "consent:yes");
                consent = telegram.press(chat.id(), "consent:yes");
                chat.send(consent, "Опишите");
            }
            int before = chat.sent().size();

            try (RunningApp app = RunningApp.start(dataDir, bot)) {
                telegram.deliver(consent);
                await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(5)).until(() -> chat.sent().size() == before);
                assertThat(chat.say("коротко", "Слишком коротко")).hasSize(1);
            }
        }
    }
}
