package org.helpline.channels.discord;

import java.time.Duration;
import java.util.List;

import org.helpline.channels.discord.FakeDiscord.Sent;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** What the bot says in Discord goes through the stored outbox: an outage or a 429 delays it, loses nothing, sends nothing twice. */
@SpringBootTest
@ActiveProfiles("test")
@Import(FakeDiscordLifetime.class)
@DirtiesContext
class DiscordOutboxIntegrationTest {

    static final FakeDiscord discord = FakeDiscord.start();

    @DynamicPropertySource
    static void discord(DynamicPropertyRegistry registry) {
        discord.wire(registry);
    }

    @BeforeEach
    void connected() {
        discord.awaitReady();
    }

    @Test
    void repliesWaitOutADiscordOutageAndArriveOnceInOrder() {
        DmChat chat = new DmChat(discord);
        chat.say("Здравствуйте", "consent:yes");
        discord.down(true);
        discord.dispatch("INTERACTION_CREATE", chat.press("consent:yes"));
        await().atMost(Duration.ofSeconds(20)).until(() -> !discord.refused(chat.channelId()).isEmpty());
        assertThat(chat.sent()).hasSize(1);

        discord.down(false);
        List<Sent> reply = chat.awaitReply("Опишите");
        assertThat(reply).extracting(Sent::content).filteredOn(text -> text.startsWith("Опишите")).hasSize(1);
        assertThat(discord.refused(chat.channelId())).allSatisfy(refusal -> assertThat(refusal.status()).isEqualTo(502));
    }

    @Test
    void aMessageDiscordAnswers429IsSentAgainAfterItsRetryAfter() {
        DmChat chat = new DmChat(discord);
        discord.throttle(chat.channelId(), 1);
        Sent greeting = chat.say("Здравствуйте", "consent:yes").getLast();
        assertThat(greeting.content()).startsWith("Здравствуйте");
        assertThat(discord.refused(chat.channelId())).singleElement()
                .satisfies(refusal -> assertThat(refusal.status()).isEqualTo(429));
        assertThat(chat.sent()).hasSize(1);
    }
}
