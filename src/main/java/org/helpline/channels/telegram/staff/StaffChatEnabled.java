package org.helpline.channels.telegram.staff;

import org.helpline.channels.telegram.botapi.TelegramEnabled;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.util.StringUtils;

/** The staff side runs only with a bot token and a staff chat id (both always set, maybe empty, by application.yaml). */
class StaffChatEnabled implements Condition {

    @Override
    public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
        return new TelegramEnabled().matches(context, metadata)
                && StringUtils.hasText(context.getEnvironment().getProperty("helpline.telegram.staff-chat-id"));
    }
}
