package org.helpline.channels.telegram.botapi;

import java.util.List;

import org.helpline.outbox.Outbox;
import org.helpline.store.Leases;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.DependsOn;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * The Telegram Bot API plumbing — client, polling or webhook, the update ledger, sending through the outbox —
 * present only when a bot token is configured. The client and staff sides plug into it.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(TelegramEnabled.class)
class TelegramBotConfiguration {

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
    TelegramUpdates telegramUpdates(List<TelegramUpdateHandler> handlers, MongoTemplate mongo) {
        return new TelegramUpdates(handlers, new UpdateLedger(mongo));
    }

    @Bean
    @Conditional(PollingEnabled.class)
    TelegramPolling telegramPolling(TelegramApi api, TelegramUpdates updates, Leases leases, PollingSettings settings) {
        return new TelegramPolling(api, updates, leases, settings);
    }

    @Bean
    @Conditional(WebhookEnabled.class)
    TelegramWebhook telegramWebhook(TelegramApi api, TelegramSettings settings) {
        return new TelegramWebhook(api, settings);
    }
}
