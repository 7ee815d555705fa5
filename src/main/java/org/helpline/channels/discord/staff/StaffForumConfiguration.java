package org.helpline.channels.discord.staff;

import org.helpline.channels.StaffCard;
import org.helpline.channels.discord.bot.ChatLanes;
import org.helpline.channels.discord.bot.DiscordBot;
import org.helpline.channels.discord.bot.DiscordEnabled;
import org.helpline.channels.discord.bot.DiscordReplies;
import org.helpline.channels.discord.bot.DiscordSettings;
import org.helpline.channels.discord.bot.FirstDeliveries;
import org.helpline.dialogs.Dialogs;
import org.helpline.handoff.Handoff;
import org.helpline.handoff.StaffActions;
import org.helpline.handoff.StaffIdentities;
import org.helpline.store.Leases;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.mongodb.core.MongoTemplate;

/** The engineers' side of the Discord bot: a post per ticket in the staff forum, present only when it is configured. */
@Configuration(proxyBeanMethods = false)
@Conditional(DiscordEnabled.class)
@ConditionalOnExpression("!'${helpline.discord.staff-channel-id:}'.isBlank()")
class StaffForumConfiguration {

    @Bean
    StaffForum discordStaffForum(DiscordBot bot, DiscordSettings settings) {
        return new StaffForum(bot, settings.staffChannelId());
    }

    @Bean
    StaffPosts discordStaffPosts(MongoTemplate mongo, Leases leases, DiscordSettings settings) {
        return new StaffPosts(mongo, leases, settings.staffChannelId());
    }

    @Bean
    StaffPostFeed discordStaffFeed(StaffForum forum, StaffPosts posts, StaffCard card,
                                   StaffActions actions, DiscordReplies replies) {
        return new StaffPostFeed(forum, posts, card, actions, replies);
    }

    @Bean
    StaffPostEvents discordStaffPostEvents(StaffForum forum, StaffPosts posts, StaffCard card,
                                           StaffActions actions, Handoff handoff, DiscordReplies replies,
                                           Dialogs dialogs, FirstDeliveries deliveries, ChatLanes lanes,
                                           StaffIdentities identities) {
        StaffPostActions staff = new StaffPostActions(forum, posts, card, actions, handoff, replies,
                dialogs, lanes, identities);
        return new StaffPostEvents(staff, deliveries, lanes);
    }
}
