package org.helpline.channels.discord.bot;

import java.net.URI;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The Discord bot ({@code helpline.discord.*}, set from {@code HELPLINE_DISCORD_TOKEN}, {@code HELPLINE_DISCORD_API_URL}
 * {@code HELPLINE_DISCORD_GATEWAY_URL} and {@code HELPLINE_DISCORD_STAFF_CHANNEL_ID} in application.yaml).
 *
 * @param token      the bot's token from the developer portal; blank means the bot is off and nothing Discord runs
 * @param apiUrl     the REST base every call goes to, ending in the API version ({@code .../api/v10/}); unset means
 *                   Discord's own
 * @param gatewayUrl the WebSocket gateway the bot connects to; unset means Discord's own. Any other gateway is spoken
 *                   to without compression (a test's loopback gateway has none)
 * @param staffChannelId the forum channel where engineers get a post per ticket (its snowflake id); blank means
 *                   Discord has no staff place
 */
@ConfigurationProperties("helpline.discord")
public record DiscordSettings(String token, URI apiUrl, URI gatewayUrl, String staffChannelId) {

    static final URI DISCORD_API = URI.create("https://discord.com/api/v10/");
    static final URI DISCORD_GATEWAY = URI.create("wss://gateway.discord.gg");

    public DiscordSettings {
        token = token == null ? "" : token.strip();
        staffChannelId = staffChannelId == null ? "" : staffChannelId.strip();
        if (!staffChannelId.isEmpty() && !staffChannelId.matches("\\d{1,20}")) {
            throw new IllegalArgumentException("helpline.discord.staff-channel-id (HELPLINE_DISCORD_STAFF_CHANNEL_ID) must be "
                    + "a channel id, digits only (Discord: User Settings → Advanced → Developer Mode, then right-click "
                    + "the forum → Copy Channel ID): " + staffChannelId);
        }
        apiUrl = blank(apiUrl) ? DISCORD_API : apiUrl;
        gatewayUrl = blank(gatewayUrl) ? DISCORD_GATEWAY : gatewayUrl;
        require(apiUrl, List.of("http", "https"), "helpline.discord.api-url (HELPLINE_DISCORD_API_URL)");
        require(gatewayUrl, List.of("ws", "wss"), "helpline.discord.gateway-url (HELPLINE_DISCORD_GATEWAY_URL)");
        if (!apiUrl.getPath().endsWith("/")) {
            // JDA appends routes such as "users/@me" straight to the base.
            apiUrl = URI.create(apiUrl + "/");
        }
    }

    /** True when the bot talks to Discord itself, whose gateway compresses. */
    boolean discordsOwnGateway() {
        return gatewayUrl.equals(DISCORD_GATEWAY);
    }

    /** Without the token, which must not reach logs. */
    @Override
    public String toString() {
        return "DiscordSettings[token=" + (token.isEmpty() ? "" : "***") + ", apiUrl=" + apiUrl
                + ", gatewayUrl=" + gatewayUrl + ", staffChannelId=" + staffChannelId + "]";
    }

    private static boolean blank(URI uri) {
        return uri == null || uri.toString().isBlank();
    }

    private static void require(URI uri, List<String> schemes, String name) {
        if (uri.getScheme() == null || !schemes.contains(uri.getScheme()) || uri.getHost() == null) {
            throw new IllegalArgumentException(name + " must be a " + String.join("/", schemes) + " URL: " + uri);
        }
    }
}
