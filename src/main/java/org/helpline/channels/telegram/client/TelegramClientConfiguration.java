package org.helpline.channels.telegram.client;

import org.helpline.attachments.AttachmentSettings;
import org.helpline.channels.telegram.botapi.TelegramApi;
import org.helpline.channels.telegram.botapi.TelegramEnabled;
import org.helpline.channels.telegram.botapi.TelegramReplies;
import org.helpline.conversation.Conversations;
import org.helpline.dialogs.Dialogs;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;

/** The clients' side in Telegram: private chats taken through the intake, present whenever the bot is. */
@Configuration(proxyBeanMethods = false)
@Conditional(TelegramEnabled.class)
class TelegramClientConfiguration {

    @Bean
    TelegramGateway telegramGateway(TelegramReplies replies) {
        return new TelegramGateway(replies);
    }

    @Bean
    ClientUpdates telegramClientUpdates(Conversations conversations, Dialogs dialogs, AttachmentSettings attachments,
                                        TelegramApi api, TelegramReplies replies) {
        return new ClientUpdates(conversations, dialogs, attachments, api, replies);
    }
}
