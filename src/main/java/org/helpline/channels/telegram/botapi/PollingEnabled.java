package org.helpline.channels.telegram.botapi;

import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.type.AnnotatedTypeMetadata;

/** The bot long-polls for updates when it runs without a webhook URL. */
class PollingEnabled implements Condition {

    @Override
    public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
        return new TelegramEnabled().matches(context, metadata) && !new WebhookEnabled().matches(context, metadata);
    }
}
