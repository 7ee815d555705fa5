package org.helpline.channels.telegram;

import java.net.URI;
import java.util.Set;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The Telegram bot ({@code helpline.telegram.*}, set from {@code HELPLINE_TELEGRAM_TOKEN} and
 * {@code HELPLINE_TELEGRAM_API_URL} and {@code HELPLINE_TELEGRAM_STAFF_CHAT_ID} in application.yaml).
 *
 * @param token       the bot's token from @BotFather; blank means the bot is off and nothing Telegram runs
 * @param apiUrl      the Bot API base every call and file download goes to: scheme, host and optional port, no
 *                    path (TelegramBots builds the paths); unset means {@code https://api.telegram.org}
 * @param staffChatId the engineers' forum supergroup (a negative id such as {@code -1001234567890}) where each
 *                    ticket gets a topic; unset means no staff side in Telegram
 */
@ConfigurationProperties("helpline.telegram")
record TelegramSettings(String token, URI apiUrl, Long staffChatId) {

    static final URI DEFAULT_API_URL = URI.create("https://api.telegram.org");

    TelegramSettings {
        token = token == null ? "" : token.strip();
        apiUrl = apiUrl == null || apiUrl.toString().isBlank() ? DEFAULT_API_URL : apiUrl;
        if (apiUrl.getScheme() == null || !Set.of("http", "https").contains(apiUrl.getScheme())
                || apiUrl.getHost() == null) {
            throw new IllegalArgumentException(
                    "helpline.telegram.api-url (HELPLINE_TELEGRAM_API_URL) must be an http(s) URL: " + apiUrl);
        }
        String path = apiUrl.getRawPath();
        if (path != null && !path.isEmpty() && !path.equals("/")) {
            throw new IllegalArgumentException("helpline.telegram.api-url (HELPLINE_TELEGRAM_API_URL) must have no path, "
                    + "TelegramBots cannot call a Bot API below one: " + apiUrl);
        }
        if (staffChatId != null && staffChatId >= 0) {
            throw new IllegalArgumentException("helpline.telegram.staff-chat-id (HELPLINE_TELEGRAM_STAFF_CHAT_ID) must be "
                    + "a group's negative id such as -1001234567890, not " + staffChatId);
        }
    }

    /** Without the token, which must not reach logs. */
    @Override
    public String toString() {
        return "TelegramSettings[token=" + (token.isEmpty() ? "" : "***") + ", apiUrl=" + apiUrl
                + ", staffChatId=" + staffChatId + "]";
    }

    /** The port of {@link #apiUrl}, the scheme's default when it names none. */
    int port() {
        return apiUrl.getPort() != -1 ? apiUrl.getPort() : apiUrl.getScheme().equals("https") ? 443 : 80;
    }
}
