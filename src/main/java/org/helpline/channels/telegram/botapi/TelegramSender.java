package org.helpline.channels.telegram.botapi;

import java.time.Duration;

import org.helpline.outbox.Delivery;
import org.helpline.outbox.Destination;
import org.helpline.outbox.OutboxChannel;
import org.helpline.outbox.OutgoingMessage;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;
import org.telegram.telegrambots.meta.exceptions.TelegramApiRequestException;

/**
 * Sends the outbox's Telegram messages within {@link SendingLimits}, and judges Telegram's answer: its 429 holds
 * the chat for its {@code retry_after}; network errors and Telegram's own failures (5xx) are tried again; any
 * other refusal (400, 403: a bad message, a bot the client blocked) is for good.
 */
class TelegramSender implements OutboxChannel {

    private final TelegramApi api;
    private final SendingLimits limits;

    TelegramSender(TelegramApi api, SendingLimits limits) {
        this.api = api;
        this.limits = limits;
    }

    @Override
    public String channel() {
        return TelegramReplies.CHANNEL;
    }

    @Override
    public Duration pace(Destination to) {
        return limits.take(to.chatId());
    }

    @Override
    public Delivery send(OutgoingMessage message, byte[] attachment) {
        String chatId = message.to().chatId();
        Integer thread = message.to().thread() == null ? null : Integer.valueOf(message.to().thread());
        try {
            if (message.asksForReply()) {
                return new Delivery.Sent(String.valueOf(api.ask(chatId, thread, message.text())));
            }
            if (message.hasAttachment()) {
                api.sendDocument(chatId, thread, attachment, message.filename(), message.text());
            } else {
                api.send(chatId, thread, message.text(), message.buttons());
            }
            return new Delivery.Sent(null);
        } catch (TelegramApiRequestException e) {
            return judge(e);
        } catch (TelegramApiException e) {
            return new Delivery.Unavailable(e.getMessage());
        }
    }

    private static Delivery judge(TelegramApiRequestException e) {
        Integer code = e.getErrorCode();
        if (code != null && code == 429) {
            Integer retryAfter = e.getParameters() == null ? null : e.getParameters().getRetryAfter();
            return new Delivery.RetryAfter(Duration.ofSeconds(retryAfter == null ? 1 : retryAfter), e.getApiResponse());
        }
        if (code != null && code >= 400 && code < 500) {
            return new Delivery.Refused(code + " " + e.getApiResponse());
        }
        return new Delivery.Unavailable(code + " " + e.getApiResponse());
    }
}
