package org.helpline.channels.telegram.botapi;

import java.net.URI;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TelegramSettingsUnitTest {

    @Test
    void unsetMeansTelegramsOwnApiAndNoBot() {
        TelegramSettings settings = new TelegramSettings(null, null, null, null, null);
        assertThat(settings.token()).isEmpty();
        assertThat(settings.apiUrl()).isEqualTo(URI.create("https://api.telegram.org"));
        assertThat(settings.port()).isEqualTo(443);
    }

    @Test
    void aLocalBotApiServerIsTakenWithItsPort() {
        TelegramSettings settings = new TelegramSettings("123:abc", URI.create("http://127.0.0.1:8081/"), null, null, null);
        assertThat(settings.port()).isEqualTo(8081);
        assertThat(new TelegramSettings("123:abc", URI.create("http://bot-api.internal"), null, null, null).port()).isEqualTo(80);
    }

    @Test
    void aBaseWithAPathOrAnotherSchemeIsRefusedNamingTheVariable() {
        assertThatThrownBy(() -> new TelegramSettings("t", URI.create("https://proxy.example/telegram"), null, null, null))
                .hasMessageContaining("HELPLINE_TELEGRAM_API_URL").hasMessageContaining("no path");
        assertThatThrownBy(() -> new TelegramSettings("t", URI.create("ftp://api.telegram.org"), null, null, null))
                .hasMessageContaining("HELPLINE_TELEGRAM_API_URL");
    }

    @Test
    void theStaffChatMustBeAGroupsNegativeId() {
        assertThat(new TelegramSettings("t", null, -1001234567890L, null, null).staffChatId()).isEqualTo(-1001234567890L);
        assertThatThrownBy(() -> new TelegramSettings("t", null, 1234567890L, null, null))
                .hasMessageContaining("HELPLINE_TELEGRAM_STAFF_CHAT_ID");
    }

    @Test
    void theTokenStaysOutOfLogs() {
        assertThat(new TelegramSettings("123:secret", null, null, null, null).toString()).doesNotContain("secret");
    }

    @Test
    void aWebhookNeedsAnHttpUrlAndASecretThatStaysOutOfLogs() {
        TelegramSettings webhook = new TelegramSettings("t", null, null, URI.create("https://helpline.example/telegram/webhook"),
                "s3cret_Token-1");
        assertThat(webhook.webhookUrl()).hasHost("helpline.example");
        assertThat(webhook.toString()).doesNotContain("s3cret");
        assertThat(new TelegramSettings("t", null, null, URI.create(""), null).webhookUrl()).isNull();
        assertThatThrownBy(() -> new TelegramSettings("t", null, null, URI.create("https://helpline.example/hook"), ""))
                .hasMessageContaining("HELPLINE_TELEGRAM_WEBHOOK_SECRET");
        assertThatThrownBy(() -> new TelegramSettings("t", null, null, URI.create("https://helpline.example/hook"), "no spaces"))
                .hasMessageContaining("HELPLINE_TELEGRAM_WEBHOOK_SECRET");
    }
}
