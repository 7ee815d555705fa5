package org.helpline.channels.telegram.botapi;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;

import static org.assertj.core.api.Assertions.assertThat;

/** Telegram down at start-up does not keep the app (and its web chat) from starting; the bot keeps trying. */
@SpringBootTest(properties = {"helpline.telegram.token=TEST:TOKEN", "helpline.telegram.api-url=http://127.0.0.1:1"})
@ActiveProfiles("test")
@DirtiesContext
class TelegramUnreachableIntegrationTest {

    @Autowired
    TelegramPolling polling;

    @Test
    void theAppStartsAndTheBotStaysOnToTryAgain() {
        assertThat(polling.isRunning()).isTrue();
    }
}
