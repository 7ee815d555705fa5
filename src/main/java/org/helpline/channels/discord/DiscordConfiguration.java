package org.helpline.channels.discord;

import org.helpline.attachments.AttachmentSettings;
import org.helpline.channels.StaffCard;
import org.helpline.handoff.Handoff;
import org.helpline.handoff.StaffActions;
import org.helpline.tickets.BusinessHoursSettings;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.helpline.conversation.Conversations;
import org.helpline.dialogs.Dialogs;
import org.helpline.outbox.Outbox;
import org.helpline.store.Leases;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.mongodb.core.MongoTemplate;

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
                                DiscordReplies replies, DiscordBot bot, Leases leases, MongoTemplate mongo,
                                ChatLanes lanes, ObjectProvider<StaffPostActions> staff) {
        DirectMessages clients = new DirectMessages(conversations, dialogs, attachments, replies,
                new AttachmentDownloads(bot));
        return new DiscordEvents(clients, new DiscordCommands(dialogs), new FirstDeliveries(leases, mongo), lanes,
                staff.getIfAvailable());
    }

    /** The engineers' side: a post per ticket in the staff forum, present only when that forum is configured. */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnExpression("!'${helpline.discord.staff-channel-id:}'.isBlank()")
    static class StaffForumConfiguration {

        @Bean
        StaffForum discordStaffForum(DiscordBot bot, DiscordSettings settings) {
            return new StaffForum(bot, settings.staffChannelId());
        }

        @Bean
        StaffPosts discordStaffPosts(MongoTemplate mongo, Leases leases, DiscordSettings settings) {
            return new StaffPosts(mongo, leases, settings.staffChannelId());
        }

        @Bean
        StaffCard discordStaffCard(Dialogs dialogs, BusinessHoursSettings hours) {
            return new StaffCard(dialogs, hours.zone());
        }

        @Bean
        StaffPostFeed discordStaffFeed(StaffForum forum, StaffPosts posts, StaffCard discordStaffCard,
                                       StaffActions actions, DiscordReplies replies) {
            return new StaffPostFeed(forum, posts, discordStaffCard, actions, replies);
        }

        @Bean
        StaffPostActions discordStaffActions(StaffForum forum, StaffPosts posts, StaffCard discordStaffCard,
                                             StaffActions actions, Handoff handoff, DiscordReplies replies,
                                             Dialogs dialogs, ChatLanes lanes) {
            return new StaffPostActions(forum, posts, discordStaffCard, actions, handoff, replies, dialogs, lanes);
        }
    }
}
