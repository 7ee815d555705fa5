package org.helpline.channels.telegram.botapi;

import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.util.StringUtils;

/**
 * The bot runs only with a token. {@code @ConditionalOnProperty} would not do: application.yaml always sets
 * the property, to an empty string when {@code HELPLINE_TELEGRAM_TOKEN} is unset.
 */
public class TelegramEnabled implements Condition {

    @Override
    public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
        return StringUtils.hasText(context.getEnvironment().getProperty("helpline.telegram.token"));
    }
}
