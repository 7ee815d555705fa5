package org.helpline.channels.discord;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * Closes a test class's fake Discord together with its Spring context, so the fake goes down only after the bot has
 * disconnected. The fake is the one the context's {@code helpline.discord.api-url} points at.
 */
@TestConfiguration
class FakeDiscordLifetime {

    @Bean(destroyMethod = "close")
    FakeDiscord fakeDiscord(@Value("${helpline.discord.api-url}") String url) {
        return FakeDiscord.at(url);
    }
}
