package org.helpline.channels.telegram.botapi;

import org.helpline.conversation.ChannelGateway;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.ActiveProfiles;

import static org.assertj.core.api.Assertions.assertThat;

/** Without a token the app starts and nothing Telegram runs. */
@SpringBootTest
@ActiveProfiles("test")
class TelegramOffIntegrationTest {

    @Autowired
    ApplicationContext context;

    @Test
    void withoutATokenThereIsNoBot() {
        assertThat(context.getEnvironment().getProperty("helpline.telegram.token")).isEmpty();
        assertThat(context.getBeansOfType(TelegramPolling.class)).isEmpty();
        assertThat(context.getBeansOfType(TelegramApi.class)).isEmpty();
        assertThat(context.getBeansOfType(ChannelGateway.class).values())
                .noneMatch(gateway -> gateway.channel().equals("telegram"));
    }
}
