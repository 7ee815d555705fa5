package org.helpline.channels.telegram;

import org.helpline.attachments.AttachmentSettings;
import org.helpline.attachments.ClientFiles;
import org.helpline.conversation.Conversations;
import org.helpline.dialogs.Dialogs;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.mongodb.core.MongoTemplate;

/** The Telegram channel, present only when a bot token is configured. */
@Configuration(proxyBeanMethods = false)
@Conditional(TelegramEnabled.class)
class TelegramConfiguration {

    @Bean
    TelegramApi telegramApi(TelegramSettings settings) {
        return new TelegramApi(settings);
    }

    @Bean
    TelegramOutbox telegramOutbox(MongoTemplate mongo) {
        return new TelegramOutbox(mongo);
    }

    @Bean
    OutboxDispatcher telegramOutboxDispatcher(TelegramOutbox outbox, TelegramApi api, ClientFiles files,
                                              ApplicationEventPublisher events) {
        return new OutboxDispatcher(outbox, new SendingLimits(), api, files, events);
    }

    @Bean
    TelegramReplies telegramReplies(TelegramOutbox outbox) {
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
