package org.helpline.channels.telegram;

import java.nio.file.Path;

import org.helpline.testing.RunningApp;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/** The conversation lives in the store: after a restart the bot carries on at the client's question. */
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
}
