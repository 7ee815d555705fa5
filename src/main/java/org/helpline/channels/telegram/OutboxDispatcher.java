package org.helpline.channels.telegram;

import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import org.helpline.attachments.ClientFiles;
import org.helpline.attachments.StoredFile;
import org.helpline.channels.telegram.TelegramOutbox.Message;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.SmartLifecycle;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;
import org.telegram.telegrambots.meta.exceptions.TelegramApiRequestException;

/**
 * Sends what the {@link TelegramOutbox} holds, from start-up on (so what a stopped app left is sent first): each
 * chat's messages one at a time in order, chats side by side, within {@link SendingLimits}. Telegram's 429 holds
 * the chat for its {@code retry_after}; network errors and Telegram's own failures are retried with a growing
 * pause; any other refusal (400, 403: a bad message, a bot the client blocked) is logged and the message marked
 * failed, and the chat's next message goes on.
 */
class OutboxDispatcher implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(OutboxDispatcher.class);
    /** A send should be over by then; if its sender died, the message is tried again. */
    private static final Duration CLAIM = Duration.ofMinutes(2);
    private static final Duration IDLE = Duration.ofSeconds(5);
    private static final long LONGEST_BACKOFF_SECONDS = 300;

    private final TelegramOutbox outbox;
    private final SendingLimits limits;
    private final TelegramApi api;
    private final ClientFiles files;
    private final ApplicationEventPublisher events;
    private ExecutorService senders;
    private Thread loop;
    private volatile boolean running;

    OutboxDispatcher(TelegramOutbox outbox, SendingLimits limits, TelegramApi api, ClientFiles files,
                     ApplicationEventPublisher events) {
        this.outbox = outbox;
        this.limits = limits;
        this.api = api;
        this.files = files;
        this.events = events;
    }

    @Override
    public synchronized void start() {
        senders = Executors.newVirtualThreadPerTaskExecutor();
        running = true;
        loop = Thread.ofPlatform().name("telegram-outbox").daemon().start(this::dispatch);
    }

    private void dispatch() {
        while (running) {
            try {
                outbox.awaitWork(round());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (RuntimeException e) {
                log.error("Telegram outbox round failed; trying again shortly", e);
                pause();
            }
        }
    }

    /** Starts sending every chat's next message that is due and within the limits; returns how long to rest. */
    private Duration round() {
        Instant now = Instant.now();
        Duration rest = IDLE;
        for (Message head : outbox.heads()) {
            Duration wait = head.due().isAfter(now) ? Duration.between(now, head.due()) : limits.take(head.chatId());
            if (!wait.isZero()) {
                rest = wait.compareTo(rest) < 0 ? wait : rest;
            } else if (outbox.claim(head, now.plus(CLAIM))) {
                senders.execute(() -> send(head));
            }
        }
        return rest;
    }

    private void send(Message message) {
        try {
            if (message.reasonFor() != null) {
                int messageId = api.ask(message.chatId(), message.threadId(), message.text());
                outbox.sent(message);
                events.publishEvent(new ReasonAsked(message.reasonFor(), messageId));
                return;
            }
            if (message.attachmentId() == null) {
                api.send(message.chatId(), message.threadId(), message.text(), message.buttons());
            } else if (!sendDocument(message)) {
                return;
            }
            outbox.sent(message);
        } catch (TelegramApiRequestException e) {
            refused(message, e);
        } catch (TelegramApiException | IOException e) {
            retryLater(message, e.getMessage());
        } catch (RuntimeException e) {
            log.error("Sending to Telegram chat {} failed", message.chatId(), e);
            retryLater(message, String.valueOf(e));
        } finally {
            outbox.signal();
        }
    }

    /** Sends the attachment; false (and the message failed) when the store no longer has it. */
    private boolean sendDocument(Message message) throws TelegramApiException, IOException {
        Optional<StoredFile> stored = files.open(message.attachmentId());
        if (stored.isEmpty()) {
            log.warn("Attachment {} is missing from the store; not sent to Telegram chat {}", message.attachmentId(),
                    message.chatId());
            outbox.failed(message, "attachment missing");
            return false;
        }
        byte[] bytes;
        try (InputStream content = stored.get().content()) {
            bytes = content.readAllBytes();
        }
        api.sendDocument(message.chatId(), message.threadId(), bytes, message.filename(), message.text());
        return true;
    }

    private void refused(Message message, TelegramApiRequestException e) {
        Integer code = e.getErrorCode();
        Integer retryAfter = e.getParameters() == null ? null : e.getParameters().getRetryAfter();
        if (code != null && code == 429) {
            Duration wait = Duration.ofSeconds(retryAfter == null ? 1 : retryAfter);
            log.warn("Telegram asked to slow down sending to chat {}; its messages wait {}", message.chatId(), wait);
            outbox.retryAt(message, Instant.now().plus(wait), e.getApiResponse());
        } else if (code != null && code >= 400 && code < 500) {
            log.error("Telegram refused a message to chat {} ({} {}); it is marked failed", message.chatId(), code,
                    e.getApiResponse());
            outbox.failed(message, code + " " + e.getApiResponse());
        } else {
            retryLater(message, code + " " + e.getApiResponse());
        }
    }

    private void retryLater(Message message, String error) {
        Duration wait = Duration.ofSeconds(Math.min(1L << Math.min(message.attempts(), 16), LONGEST_BACKOFF_SECONDS));
        log.warn("Could not send to Telegram chat {} ({}); trying again in {}", message.chatId(), error, wait);
        outbox.retryAt(message, Instant.now().plus(wait), error);
    }

    private void pause() {
        try {
            outbox.awaitWork(Duration.ofSeconds(1));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            running = false;
        }
    }

    /** Stops after the messages being sent are sent; what is still queued waits in the store for the next start. */
    @Override
    public void stop() {
        synchronized (this) {
            if (!running) {
                return;
            }
            running = false;
        }
        outbox.signal();
        try {
            loop.join(Duration.ofSeconds(10));
            senders.shutdown();
            if (!senders.awaitTermination(10, TimeUnit.SECONDS)) {
                log.warn("Telegram messages still being sent at shutdown; they will be sent again after their claim runs out");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    /** Starts before polling and stops after it, so replies to the last updates are still sent. */
    @Override
    public int getPhase() {
        return DEFAULT_PHASE - 1;
    }
}
