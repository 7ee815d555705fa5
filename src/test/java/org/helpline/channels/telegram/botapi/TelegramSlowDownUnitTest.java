package org.helpline.channels.telegram.botapi;

import java.net.URI;
import java.time.Duration;

import org.helpline.channels.telegram.FakeBotApi;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.telegram.telegrambots.meta.exceptions.TelegramApiRequestException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Creating a staff topic when Telegram answers 429: waited for and tried again, twice at most. */
class TelegramSlowDownUnitTest {

    private static final long STAFF_CHAT = -1001234567890L;

    private final FakeBotApi telegram = FakeBotApi.start("123:slow");
    private final TelegramApi api = new TelegramApi(
            new TelegramSettings("123:slow", URI.create(telegram.url()), null, null, null));

    @AfterEach
    void stop() {
        api.close();
        telegram.close();
    }

    @Test
    void aTopicIsCreatedAfterTelegramsWait() throws Exception {
        telegram.throttleTopics(STAFF_CHAT, 1, 2);

        int thread = api.createTopic(STAFF_CHAT, "HL-000001");

        assertThat(thread).isPositive();
        var refused = telegram.refused(STAFF_CHAT);
        assertThat(refused).extracting(FakeBotApi.Refused::status).containsExactly(429, 429);
        var created = telegram.calls("createForumTopic");
        assertThat(created).hasSize(1);
        // Each try waited the second Telegram asked for.
        assertThat(Duration.between(refused.getFirst().at(), created.getFirst().at())).isGreaterThanOrEqualTo(Duration.ofSeconds(2));
    }

    @Test
    void aThirdRefusalIsTheCallersToHandle() {
        telegram.throttleTopics(STAFF_CHAT, 1, 3);

        assertThatThrownBy(() -> api.createTopic(STAFF_CHAT, "HL-000002"))
                .isInstanceOfSatisfying(TelegramApiRequestException.class,
                        e -> assertThat(e.getErrorCode()).isEqualTo(429));
        assertThat(telegram.refused(STAFF_CHAT)).hasSize(3);
        assertThat(telegram.calls("createForumTopic")).isEmpty();
    }
}
