package org.helpline.channels.telegram.botapi;

import java.net.URI;
import java.util.Set;
import java.util.regex.Pattern;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The Telegram bot ({@code helpline.telegram.*}, set from {@code HELPLINE_TELEGRAM_TOKEN},
 * {@code HELPLINE_TELEGRAM_API_URL}, {@code HELPLINE_TELEGRAM_STAFF_CHAT_ID}, {@code HELPLINE_TELEGRAM_WEBHOOK_URL}
 * and {@code HELPLINE_TELEGRAM_WEBHOOK_SECRET} in application.yaml).
 *
 * @param token       the bot's token from @BotFather; blank means the bot is off and nothing Telegram runs
 * @param apiUrl      the Bot API base every call and file download goes to: scheme, host and optional port, no
 *                    path (TelegramBots builds the paths); unset means {@code https://api.telegram.org}
 * @param staffChatId the engineers' forum supergroup (a negative id such as {@code -1001234567890}) where each
 *                    ticket gets a topic; unset means no staff side in Telegram
 * @param webhookUrl    the public URL at which Telegram reaches this app's {@code POST /telegram/webhook}; set, the
 *                      bot is pushed its updates there instead of long polling; unset means long polling
 * @param webhookSecret the secret Telegram sends in each webhook request's {@code X-Telegram-Bot-Api-Secret-Token}
 *                      header (1–256 of {@code A-Z a-z 0-9 _ -}); required with a webhook URL
 */
@ConfigurationProperties("helpline.telegram")
public record TelegramSettings(String token, URI apiUrl, Long staffChatId, URI webhookUrl, String webhookSecret) {

    private static final Pattern SECRET = Pattern.compile("[A-Za-z0-9_-]{1,256}");

    static final URI DEFAULT_API_URL = URI.create("https://api.telegram.org");

    public TelegramSettings {
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
        webhookUrl = webhookUrl == null || webhookUrl.toString().isBlank() ? null : webhookUrl;
        webhookSecret = webhookSecret == null ? "" : webhookSecret.strip();
        if (webhookUrl != null && (webhookUrl.getScheme() == null || !Set.of("http", "https").contains(webhookUrl.getScheme())
                || webhookUrl.getHost() == null)) {
            throw new IllegalArgumentException(
                    "helpline.telegram.webhook-url (HELPLINE_TELEGRAM_WEBHOOK_URL) must be an http(s) URL: " + webhookUrl);
        }
        if (webhookUrl != null && !SECRET.matcher(webhookSecret).matches()) {
            throw new IllegalArgumentException("helpline.telegram.webhook-secret (HELPLINE_TELEGRAM_WEBHOOK_SECRET) must be "
                    + "set with a webhook URL: 1 to 256 characters of A-Z, a-z, 0-9, _ and -");
        }
        if (staffChatId != null && staffChatId >= 0) {
            throw new IllegalArgumentException("helpline.telegram.staff-chat-id (HELPLINE_TELEGRAM_STAFF_CHAT_ID) must be "
                    + "a group's negative id such as -1001234567890, not " + staffChatId);
        }
    }

    /** Without the token and the webhook secret, which must not reach logs. */
    @Override
    public String toString() {
        return "TelegramSettings[token=" + (token.isEmpty() ? "" : "***") + ", apiUrl=" + apiUrl
                + ", staffChatId=" + staffChatId + ", webhookUrl=" + webhookUrl
                + ", webhookSecret=" + (webhookSecret.isEmpty() ? "" : "***") + "]";
    }

    /** The port of {@link #apiUrl}, the scheme's default when it names none. */
    int port() {
        return apiUrl.getPort() != -1 ? apiUrl.getPort() : apiUrl.getScheme().equals("https") ? 443 : 80;
    }
}
