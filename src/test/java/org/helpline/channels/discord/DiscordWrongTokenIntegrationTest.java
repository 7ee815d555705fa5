package org.helpline.channels.discord;

import java.time.Duration;

import org.helpline.channels.discord.bot.DiscordBot;
import org.helpline.conversation.Conversations;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.annotation.Import;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** A token Discord refuses (401 at login) is logged clearly; the bot stays off and the rest of the app runs on. */
@SpringBootTest
@ActiveProfiles("test")
@Import(FakeDiscordLifetime.class)
@DirtiesContext
@ExtendWith(OutputCaptureExtension.class)
class DiscordWrongTokenIntegrationTest {

    static final FakeDiscord discord = FakeDiscord.start();

    @DynamicPropertySource
    static void discord(DynamicPropertyRegistry registry) {
        discord.wire(registry, "a-revoked-token");
    }

    @Autowired
    DiscordBot bot;

    @Autowired
    Conversations conversations;

    @Test
    void theRefusalIsLoggedAndTheAppRunsOnWithoutTheBot(CapturedOutput output) {
        await().atMost(Duration.ofSeconds(20)).until(() -> output.getAll().contains("Discord refused the bot token"));
        assertThat(output.getAll()).contains("HELPLINE_DISCORD_TOKEN").doesNotContain("a-revoked-token");
        assertThat(bot.jda()).isEmpty();
        assertThat(discord.gateway().received(2)).isEmpty();
        assertThat(conversations.open("web", "after-a-wrong-discord-token", "ru")).isNotEmpty();
    }
}
