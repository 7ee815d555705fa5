package org.helpline.channels.telegram.botapi;

import org.helpline.channels.telegram.FakeBotApi;
import org.helpline.channels.telegram.BotChat;
import org.helpline.channels.telegram.FakeBotApiLifetime;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.helpline.channels.telegram.FakeBotApi.Call;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Webhook mode: the app sets its webhook instead of polling, and handles only updates that bring the secret. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@Import(FakeBotApiLifetime.class)
@DirtiesContext
class TelegramWebhookIntegrationTest {

    static final String TOKEN = "TEST:TOKEN";
    static final String URL = "https://helpline.example/telegram/webhook";
    static final String SECRET = "s3cret_Webhook-token";
    static final FakeBotApi telegram = FakeBotApi.start(TOKEN);

    @DynamicPropertySource
    static void telegram(DynamicPropertyRegistry registry) {
        telegram.wire(registry);
        registry.add("helpline.telegram.webhook-url", () -> URL);
        registry.add("helpline.telegram.webhook-secret", () -> SECRET);
    }

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void theAppSetsItsWebhookWithTheSecretInsteadOfPolling() {
        Call setWebhook = await().atMost(Duration.ofSeconds(15))
                .until(() -> telegram.calls("setWebhook"), calls -> !calls.isEmpty()).getFirst();
        assertThat(setWebhook.body().path("url").asText()).isEqualTo(URL);
        assertThat(setWebhook.body().path("secret_token").asText()).isEqualTo(SECRET);
        assertThat(context.getBeanNamesForType(TelegramPolling.class)).isEmpty();
    }

    @Test
    void anUpdateWithTheSecretIsHandledLikeAPolledOne() throws Exception {
        BotChat chat = new BotChat(telegram);

        assertThat(post(telegram.text(chat.id(), "/start"), SECRET)).isEqualTo(200);

        assertThat(chat.awaitReply("consent:yes").getLast().text()).startsWith("Здравствуйте");
    }

    @Test
    void anUpdateWithoutTheRightSecretIsRefusedAndHasNoEffect() throws Exception {
        BotChat chat = new BotChat(telegram);

        assertThat(post(telegram.text(chat.id(), "/start"), "wrong")).isEqualTo(401);
        assertThat(post(telegram.text(chat.id(), "/start"), null)).isEqualTo(401);

        await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(5)).until(() -> chat.sent().isEmpty());
    }

    private int post(ObjectNode update, String secret) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/telegram/webhook"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(update.toString()));
        if (secret != null) {
            request.header(TelegramWebhookController.SECRET_HEADER, secret);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.discarding()).statusCode();
    }
}
