package org.helpline.channels.web;

import org.helpline.testing.WebChatClient;
import org.helpline.testing.WebChatClient.Response;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

import static org.assertj.core.api.Assertions.assertThat;

/** A flood is refused with 429 and a human message, and never moves the conversation on. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"helpline.web-chat.messages-per-minute=5", "helpline.web-chat.sessions-per-minute=3"})
@ActiveProfiles("test")
class WebChatRateLimitIntegrationTest {

    @LocalServerPort
    int port;

    @Test
    void tooManyMessagesInASessionAre429AndTheStepStays() {
        WebChatClient client = new WebChatClient(port);
        client.open("ru");
        for (int i = 0; i < 5; i++) {
            assertThat(client.say("ну").status()).isEqualTo(200);
        }
        Response flooded = client.press("consent:yes");
        assertThat(flooded.status()).isEqualTo(429);
        assertThat(flooded.body().path("error").asString()).isEqualTo("rate_limited");
        assertThat(flooded.body().path("message").asString()).contains("Подождите");
        assertThat(client.transcript(0).lastText()).contains("«Согласен»");
    }

    @Test
    void tooManyNewSessionsFromOneAddressAre429() {
        int opened = 0;
        Response last = null;
        for (int i = 0; i < 6; i++) {
            last = new WebChatClient(port).open("en");
            if (last.status() == 200) {
                opened++;
            }
        }
        assertThat(opened).isLessThanOrEqualTo(3);
        assertThat(last.status()).isEqualTo(429);
        assertThat(last.body().path("message").asString()).contains("wait");
    }
}
