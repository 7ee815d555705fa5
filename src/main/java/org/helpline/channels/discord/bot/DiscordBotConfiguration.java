package org.helpline.channels.discord.bot;

import net.dv8tion.jda.api.hooks.EventListener;
import org.helpline.outbox.Outbox;
import org.helpline.store.Leases;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * The Discord bot's plumbing, present only when a bot token is configured. The bot takes the sides' event listeners
 * only when it starts: the clients' listener needs the conversations, which need the channel's gateway, which needs
 * the bot.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(DiscordEnabled.class)
class DiscordBotConfiguration {

    @Bean
    DiscordBot discordBot(DiscordSettings settings, ObjectProvider<EventListener> listeners) {
        return new DiscordBot(settings, listeners);
    }

    @Bean
    DiscordSender discordSender(DiscordBot bot) {
        return new DiscordSender(bot);
    }

    @Bean
    DiscordReplies discordReplies(Outbox outbox, DiscordSender sender) {
        return new DiscordReplies(outbox, sender);
    }

    @Bean(destroyMethod = "close")
    ChatLanes discordLanes() {
        return new ChatLanes();
    }

    @Bean
    FirstDeliveries discordFirstDeliveries(Leases leases, MongoTemplate mongo) {
        return new FirstDeliveries(leases, mongo);
    }
}
