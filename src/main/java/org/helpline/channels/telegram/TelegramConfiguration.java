package org.helpline.channels.telegram;

import org.helpline.attachments.AttachmentSettings;
import org.helpline.conversation.Conversations;
import org.helpline.dialogs.Dialogs;
import org.helpline.outbox.Outbox;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.DependsOn;
import org.springframework.data.mongodb.core.MongoTemplate;

/** The Telegram channel, present only when a bot token is configured. */
@Configuration(proxyBeanMethods = false)
@Conditional(TelegramEnabled.class)
class TelegramConfiguration {

    @Bean
    TelegramApi telegramApi(TelegramSettings settings) {
        return new TelegramApi(settings);
    }

    @Bean(initMethod = "moveToOutbox")
    TelegramOutboxUpgrade telegramOutboxUpgrade(MongoTemplate mongo, Outbox outbox) {
        return new TelegramOutboxUpgrade(mongo, outbox);
    }

    /** After the upgrade, so what an older version left unsent is queued before anything new and sent first. */
    @Bean
    @DependsOn("telegramOutboxUpgrade")
    TelegramSender telegramSender(TelegramApi api) {
        return new TelegramSender(api, new SendingLimits());
    }

    @Bean
    @DependsOn("telegramOutboxUpgrade")
    TelegramReplies telegramReplies(Outbox outbox) {
        return new TelegramReplies(outbox);
    }

    @Bean
    TelegramGateway telegramGateway(TelegramReplies replies) {
        return new TelegramGateway(replies);
    }

    @Bean
    ClientUpdates telegramClientUpdates(Conversations conversations, Dialogs dialogs, AttachmentSettings attachments,
                                        TelegramApi api, TelegramReplies replies) {
        return new ClientUpdates(conversations, dialogs, attachments, api, replies);
    }

    @Bean
    TelegramUpdates telegramUpdates(ClientUpdates clients, ObjectProvider<StaffUpdates> staff, MongoTemplate mongo) {
        return new TelegramUpdates(clients, staff.getIfAvailable(), new UpdateLedger(mongo));
    }

    @Bean
    @Conditional(PollingEnabled.class)
    TelegramPolling telegramPolling(TelegramApi api, TelegramUpdates updates) {
        return new TelegramPolling(api, updates);
    }

    @Bean
    @Conditional(WebhookEnabled.class)
    TelegramWebhook telegramWebhook(TelegramApi api, TelegramSettings settings) {
        return new TelegramWebhook(api, settings);
    }
}
