package org.helpline.channels.telegram.botapi;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Conditional;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;
import org.telegram.telegrambots.meta.api.objects.Update;

/**
 * {@code POST /telegram/webhook}: the updates Telegram pushes in webhook mode. A request without the configured
 * secret in {@code X-Telegram-Bot-Api-Secret-Token} is refused with 401 and has no effect. A good one is handled
 * like a polled update, before the answer: an update that fails to be stored is not confirmed, so Telegram
 * pushes it again. Telegram JSON is read with TelegramBots' Jackson 2, never Spring's mapper.
 */
@RestController
@Conditional(WebhookEnabled.class)
class TelegramWebhookController {

    static final String SECRET_HEADER = "X-Telegram-Bot-Api-Secret-Token";

    private static final Logger log = LoggerFactory.getLogger(TelegramWebhookController.class);
    private static final ObjectMapper JSON = new ObjectMapper();

    private final TelegramUpdates updates;
    private final byte[] secret;

    TelegramWebhookController(TelegramUpdates updates, TelegramSettings settings) {
        this.updates = updates;
        this.secret = settings.webhookSecret().getBytes(StandardCharsets.UTF_8);
    }

    @PostMapping("/telegram/webhook")
    ResponseEntity<Void> receive(@RequestHeader(name = SECRET_HEADER, required = false) String token,
                                 @RequestBody byte[] body) {
        if (token == null || !MessageDigest.isEqual(secret, token.getBytes(StandardCharsets.UTF_8))) {
            log.warn("Telegram webhook request without the right secret refused");
            return ResponseEntity.status(401).build();
        }
        Update update;
        try {
            update = JSON.readValue(body, Update.class);
        } catch (IOException e) {
            log.warn("Telegram webhook request is not an update: {}", e.getMessage());
            return ResponseEntity.badRequest().build();
        }
        updates.handle(update);
        return ResponseEntity.ok().build();
    }
}
