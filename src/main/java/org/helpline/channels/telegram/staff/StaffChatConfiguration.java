package org.helpline.channels.telegram.staff;

import org.helpline.channels.StaffCard;
import org.helpline.channels.telegram.botapi.TelegramApi;
import org.helpline.channels.telegram.botapi.TelegramReplies;
import org.helpline.channels.telegram.botapi.TelegramSettings;
import org.helpline.handoff.Handoff;
import org.helpline.handoff.StaffActions;
import org.helpline.handoff.StaffIdentities;
import org.helpline.store.Leases;
import org.helpline.store.StoreIndex;
import org.helpline.tickets.Tickets;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.scheduling.TaskScheduler;

/** The engineers' side in Telegram: a topic per ticket in the staff chat, present only when that chat is configured. */
@Configuration(proxyBeanMethods = false)
@Conditional(StaffChatEnabled.class)
class StaffChatConfiguration {

    @Bean
    StaffTopics staffTopics(MongoTemplate mongo, Leases leases, TelegramSettings settings) {
        return new StaffTopics(mongo, leases, settings.staffChatId());
    }

    /** One ticket per topic: a reply in a topic finds exactly one ticket. */
    @Bean
    StoreIndex topicPerThread() {
        return StoreIndex.unique(StaffTopics.Topic.class, "chatId", "threadId");
    }

    @Bean
    StaffMembers staffMembers(TelegramApi api, StaffIdentities identities, TelegramSettings settings) {
        return new StaffMembers(api, identities, settings.staffChatId());
    }

    @Bean
    StaffFeed staffFeed(TelegramApi api, TelegramReplies replies, StaffTopics topics, StaffCard card,
                        StaffActions actions, TelegramSettings settings, Tickets tickets, StaffTopicSettings staff,
                        TaskScheduler scheduler) {
        return new StaffFeed(api, replies, topics, card, actions, settings.staffChatId(), tickets, staff.topicRetry(),
                scheduler);
    }

    @Bean
    StaffUpdates staffUpdates(TelegramApi api, TelegramReplies replies, StaffTopics topics, StaffMembers members,
                              StaffCard card, Handoff handoff, StaffActions actions, TelegramSettings settings) {
        return new StaffUpdates(api, replies, topics, members, card, handoff, actions, settings.staffChatId());
    }
}
