package org.helpline.channels.discord.bot;

import java.net.URI;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DiscordSettingsUnitTest {

    @Test
    void unsetUrlsAreDiscordsOwnAndItsGatewayIsCompressed() {
        DiscordSettings settings = new DiscordSettings(" token ", null, URI.create(""), null);
        assertThat(settings.token()).isEqualTo("token");
        assertThat(settings.apiUrl()).isEqualTo(URI.create("https://discord.com/api/v10/"));
        assertThat(settings.gatewayUrl()).isEqualTo(URI.create("wss://gateway.discord.gg"));
        assertThat(settings.discordsOwnGateway()).isTrue();
    }

    @Test
    void aLoopbackDiscordIsUsedAsGivenWithTheRestBaseEndingInASlash() {
        DiscordSettings settings = new DiscordSettings("token", URI.create("http://127.0.0.1:4000/api/v10"),
                URI.create("ws://127.0.0.1:4000/gateway"), null);
        assertThat(settings.apiUrl()).isEqualTo(URI.create("http://127.0.0.1:4000/api/v10/"));
        assertThat(settings.discordsOwnGateway()).isFalse();
    }

    @Test
    void urlsOfTheWrongKindAreRefusedByName() {
        assertThatThrownBy(() -> new DiscordSettings("t", URI.create("ftp://example.org/"), null, null))
                .hasMessageContaining("HELPLINE_DISCORD_API_URL");
        assertThatThrownBy(() -> new DiscordSettings("t", null, URI.create("https://gateway.discord.gg"), null))
                .hasMessageContaining("HELPLINE_DISCORD_GATEWAY_URL");
    }

    @Test
    void theStaffForumIsAChannelIdOrNone() {
        assertThat(new DiscordSettings("t", null, null, " ").staffChannelId()).isEmpty();
        assertThat(new DiscordSettings("t", null, null, " 1234567890123 ").staffChannelId()).isEqualTo("1234567890123");
        assertThatThrownBy(() -> new DiscordSettings("t", null, null, "#support-staff"))
                .hasMessageContaining("HELPLINE_DISCORD_STAFF_CHANNEL_ID");
    }

    @Test
    void theTokenNeverReachesTheLog() {
        assertThat(new DiscordSettings("secret-token", null, null, null).toString()).doesNotContain("secret-token");
    }
}
