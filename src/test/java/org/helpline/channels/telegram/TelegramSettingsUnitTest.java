package org.helpline.channels.telegram;

import java.net.URI;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TelegramSettingsUnitTest {

    @Test
    void unsetMeansTelegramsOwnApiAndNoBot() {
        TelegramSettings settings = new TelegramSettings(null, null);
        assertThat(settings.token()).isEmpty();
        assertThat(settings.apiUrl()).isEqualTo(URI.create("https://api.telegram.org"));
        assertThat(settings.port()).isEqualTo(443);
    }

    @Test
    void aLocalBotApiServerIsTakenWithItsPort() {
        TelegramSettings settings = new TelegramSettings("123:abc", URI.create("http://127.0.0.1:8081/"));
        assertThat(settings.port()).isEqualTo(8081);
        assertThat(new TelegramSettings("123:abc", URI.create("http://bot-api.internal")).port()).isEqualTo(80);
    }

    @Test
    void aBaseWithAPathOrAnotherSchemeIsRefusedNamingTheVariable() {
        assertThatThrownBy(() -> new TelegramSettings("t", URI.create("https://proxy.example/telegram")))
                .hasMessageContaining("HELPLINE_TELEGRAM_API_URL").hasMessageContaining("no path");
        assertThatThrownBy(() -> new TelegramSettings("t", URI.create("ftp://api.telegram.org")))
                .hasMessageContaining("HELPLINE_TELEGRAM_API_URL");
    }

    @Test
    void theTokenStaysOutOfLogs() {
        assertThat(new TelegramSettings("123:secret", null).toString()).doesNotContain("secret");
    }
}
