package org.helpline.channels.discord;

import org.helpline.channels.discord.bot.DiscordBot;
import org.helpline.conversation.ChannelGateway;
import org.helpline.outbox.OutboxChannel;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.ActiveProfiles;

import static org.assertj.core.api.Assertions.assertThat;

/** Without a token the app starts and nothing Discord runs. */
@SpringBootTest
@ActiveProfiles("test")
class DiscordOffIntegrationTest {

    @Autowired
    ApplicationContext context;

    @Test
    void withoutATokenThereIsNoBot() {
        assertThat(context.getEnvironment().getProperty("helpline.discord.token")).isEmpty();
        assertThat(context.getBeansOfType(DiscordBot.class)).isEmpty();
        assertThat(context.getBeansOfType(ChannelGateway.class).values())
                .noneMatch(gateway -> gateway.channel().equals("discord"));
        assertThat(context.getBeansOfType(OutboxChannel.class).values())
                .noneMatch(channel -> channel.channel().equals("discord"));
    }
}
