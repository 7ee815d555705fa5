package org.helpline.channels.telegram.botapi;

import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.util.StringUtils;

/** Telegram pushes updates to the app's webhook when the bot runs and a webhook URL is set (application.yaml always sets it, maybe empty). */
class WebhookEnabled implements Condition {

    @Override
    public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
        return new TelegramEnabled().matches(context, metadata)
                && StringUtils.hasText(context.getEnvironment().getProperty("helpline.telegram.webhook-url"));
    }
}
