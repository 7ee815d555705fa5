package org.helpline.channels.discord;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.helpline.channels.discord.FakeDiscord.Sent;
import org.helpline.testing.RunningApp;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** What the bot had still to send to Discord when the app stopped lives in the outbox and goes out after the start. */
class DiscordRestartIntegrationTest {

    @TempDir
    Path dataDir;

    @Test
    void aReplyDiscordCouldNotTakeBeforeAStopIsSentOnceAfterTheRestart() {
        try (FakeDiscord discord = FakeDiscord.start()) {
            String[] bot = {"--helpline.discord.token=" + FakeDiscord.TOKEN,
                    "--helpline.discord.api-url=" + discord.apiUrl(), "--helpline.discord.gateway-url=" + discord.gatewayUrl()};
            DmChat chat = new DmChat(discord);
            try (RunningApp app = RunningApp.start(dataDir, bot)) {
                discord.awaitReady();
                chat.say("Здравствуйте", "consent:yes");
                discord.down(true);
                discord.dispatch("INTERACTION_CREATE", chat.press("consent:yes"));
                await().atMost(Duration.ofSeconds(20)).until(() -> !discord.refused(chat.channelId()).isEmpty());
            }
            assertThat(chat.sent()).hasSize(1);

            discord.down(false);
            try (RunningApp app = RunningApp.start(dataDir, bot)) {
                List<Sent> reply = chat.awaitReply("Опишите");
                assertThat(reply).extracting(Sent::content).filteredOn(text -> text.startsWith("Опишите")).hasSize(1);
                // Connected again: the second start registered its commands on its new session.
                await().atMost(Duration.ofSeconds(20)).until(() -> discord.calls("PUT", "applications/").size() == 2
                        && discord.gateway().connected());
                assertThat(chat.say("коротко", "Слишком коротко")).hasSize(1);
            }
        }
    }
}
