package org.helpline.channels.telegram;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * Closes a test class's fake Bot API together with its Spring context, so the fake goes down only after the bot
 * has stopped calling it. The fake is the one the context's {@code helpline.telegram.api-url} points at.
 */
@TestConfiguration
public class FakeBotApiLifetime {

    @Bean(destroyMethod = "close")
    public FakeBotApi fakeBotApi(@Value("${helpline.telegram.api-url}") String url) {
        return FakeBotApi.at(url);
    }
}
