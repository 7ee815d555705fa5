package org.helpline.channels.discord.client;

import org.helpline.attachments.AttachmentSettings;
import org.helpline.channels.discord.bot.ChatLanes;
import org.helpline.channels.discord.bot.DiscordBot;
import org.helpline.channels.discord.bot.DiscordEnabled;
import org.helpline.channels.discord.bot.DiscordReplies;
import org.helpline.channels.discord.bot.FirstDeliveries;
import org.helpline.conversation.Conversations;
import org.helpline.dialogs.Dialogs;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;

/** The clients' side of the Discord bot: their direct messages through the intake, and {@code /support}. */
@Configuration(proxyBeanMethods = false)
@Conditional(DiscordEnabled.class)
class DiscordClientConfiguration {

    @Bean
    DiscordGateway discordGateway(DiscordReplies replies) {
        return new DiscordGateway(replies);
    }

    @Bean
    DirectMessageEvents discordDirectMessageEvents(Conversations conversations, Dialogs dialogs,
                                                   AttachmentSettings attachments, DiscordReplies replies,
                                                   DiscordBot bot, FirstDeliveries deliveries, ChatLanes lanes) {
        DirectMessages clients = new DirectMessages(conversations, dialogs, attachments, replies,
                new AttachmentDownloads(bot));
        return new DirectMessageEvents(clients, new DiscordCommands(dialogs), deliveries, lanes);
    }
}
