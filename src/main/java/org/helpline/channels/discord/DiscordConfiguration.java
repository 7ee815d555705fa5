package org.helpline.channels.discord;

import org.helpline.attachments.AttachmentSettings;
import org.helpline.conversation.Conversations;
import org.helpline.dialogs.Dialogs;
import org.helpline.outbox.Outbox;
import org.helpline.store.Leases;
import org.helpline.store.Purges;
import org.helpline.store.RetentionSettings;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;

/**
 * The Discord channel, present only when a bot token is configured. The bot takes its event listener only when it
 * starts: the listener needs the conversations, which need the channel's gateway, which needs the bot.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(DiscordEnabled.class)
class DiscordConfiguration {

    @Bean
    DiscordBot discordBot(DiscordSettings settings, ObjectProvider<DiscordEvents> events) {
        return new DiscordBot(settings, events);
    }

    @Bean
    DiscordSender discordSender(DiscordBot bot) {
        return new DiscordSender(bot);
    }

    @Bean
    DiscordReplies discordReplies(Outbox outbox, DiscordSender sender) {
        return new DiscordReplies(outbox, sender);
    }

    @Bean
    DiscordGateway discordGateway(DiscordReplies replies) {
        return new DiscordGateway(replies);
    }

    @Bean(destroyMethod = "close")
    ChatLanes discordLanes() {
        return new ChatLanes();
    }

    @Bean
    DiscordEvents discordEvents(Conversations conversations, Dialogs dialogs, AttachmentSettings attachments,
                                DiscordReplies replies, DiscordBot bot, Leases leases, Purges purges,
                                RetentionSettings retention, ChatLanes lanes) {
        DirectMessages clients = new DirectMessages(conversations, dialogs, attachments, replies,
                new AttachmentDownloads(bot));
        return new DiscordEvents(clients, new DiscordCommands(dialogs), new FirstDeliveries(leases, purges, retention), lanes);
    }
}
