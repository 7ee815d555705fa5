package org.helpline.outbox;

import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.helpline.attachments.ClientFiles;
import org.helpline.attachments.StoredFile;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * Sends what the {@link Outbox} holds, from start-up on (so what a stopped app left is sent first): each chat's
 * messages one at a time in order, chats side by side, within each channel's pacing. Every app instance runs one;
 * a message goes out through the one that claims it. A channel's "retry after"
 * holds the chat for that long; an unreachable channel is tried again with a growing pause; a message refused for
 * good is logged and marked failed, and the chat's next message goes on. Messages of channels not configured in
 * this app wait in the store.
 */
@Component
class OutboxDispatcher implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(OutboxDispatcher.class);
    /** A send should be over by then; if its sender died, the message is tried again. */
    private static final Duration CLAIM = Duration.ofMinutes(2);
    private static final Duration IDLE = Duration.ofSeconds(5);
    private static final long LONGEST_BACKOFF_SECONDS = 300;

    private final Outbox outbox;
    private final Map<String, OutboxChannel> channels;
    private final ClientFiles files;
    private final ApplicationEventPublisher events;
    private final String instance = UUID.randomUUID().toString();
    private ExecutorService senders;
    private Thread loop;
    private volatile boolean running;

    OutboxDispatcher(Outbox outbox, List<OutboxChannel> channels, ClientFiles files,
                     ApplicationEventPublisher events) {
        this.outbox = outbox;
        this.channels = channels.stream().collect(Collectors.toUnmodifiableMap(OutboxChannel::channel, Function.identity()));
        this.files = files;
        this.events = events;
    }

    @Override
    public synchronized void start() {
        running = true;
        if (channels.isEmpty()) {
            return;
        }
        senders = Executors.newVirtualThreadPerTaskExecutor();
        loop = Thread.ofPlatform().name("outbox").daemon().start(this::dispatch);
    }

    private void dispatch() {
        while (running) {
            try {
                outbox.awaitWork(round());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (RuntimeException e) {
                log.error("Outbox round failed; trying again shortly", e);
                pause();
            }
        }
    }

    /** Starts sending every chat's next message that is due and within its pacing; returns how long to rest. */
    private Duration round() {
        Instant now = Instant.now();
        Duration rest = IDLE;
        for (QueuedMessage head : outbox.heads(channels.keySet())) {
            OutboxChannel channel = channels.get(head.channel());
            Duration wait = head.due().isAfter(now) ? Duration.between(now, head.due()) : channel.pace(head.destination());
            if (!wait.isZero()) {
                rest = wait.compareTo(rest) < 0 ? wait : rest;
            } else {
                outbox.claim(head, instance, now, now.plus(CLAIM))
                        .ifPresent(claimed -> senders.execute(() -> send(channel, claimed)));
            }
        }
        return rest;
    }

    private void send(OutboxChannel channel, QueuedMessage message) {
        try {
            Optional<byte[]> attachment = attachment(message);
            if (message.attachmentId() != null && attachment.isEmpty()) {
                log.warn("Attachment {} is missing from the store; not sent to {} chat {}", message.attachmentId(),
                        message.channel(), message.chatId());
                outbox.failed(message, "attachment missing");
                return;
            }
            settle(message, channel.send(message.message(), attachment.orElse(null)));
        } catch (IOException | RuntimeException e) {
            log.error("Sending to {} chat {} failed", message.channel(), message.chatId(), e);
            retryLater(message, String.valueOf(e));
        } finally {
            outbox.signal();
        }
    }

    private Optional<byte[]> attachment(QueuedMessage message) throws IOException {
        if (message.attachmentId() == null) {
            return Optional.empty();
        }
        Optional<StoredFile> stored = files.open(message.attachmentId());
        if (stored.isEmpty()) {
            return Optional.empty();
        }
        try (InputStream content = stored.get().content()) {
            return Optional.of(content.readAllBytes());
        }
    }

    private void settle(QueuedMessage message, Delivery delivery) {
        switch (delivery) {
            case Delivery.Sent sent -> {
                outbox.sent(message);
                if (message.correlation() != null) {
                    events.publishEvent(new MessageSent(message.correlation(), message.destination(), sent.messageId()));
                }
            }
            case Delivery.RetryAfter slowDown -> {
                log.warn("{} asked to slow down sending to chat {}; its messages wait {}", message.channel(),
                        message.chatId(), slowDown.pause());
                outbox.retryAt(message, Instant.now().plus(slowDown.pause()), slowDown.error());
            }
            case Delivery.Unavailable unavailable -> retryLater(message, unavailable.error());
            case Delivery.Refused refused -> {
                log.error("{} refused a message to chat {} ({}); it is marked failed", message.channel(),
                        message.chatId(), refused.error());
                outbox.failed(message, refused.error());
            }
        }
    }

    private void retryLater(QueuedMessage message, String error) {
        Duration wait = Duration.ofSeconds(Math.min(1L << Math.min(message.attempts(), 16), LONGEST_BACKOFF_SECONDS));
        log.warn("Could not send to {} chat {} ({}); trying again in {}", message.channel(), message.chatId(), error, wait);
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
        if (loop == null) {
            return;
        }
        outbox.signal();
        try {
            loop.join(Duration.ofSeconds(10));
            senders.shutdown();
            if (!senders.awaitTermination(10, TimeUnit.SECONDS)) {
                log.warn("Messages still being sent at shutdown; they will be sent again after their claim runs out");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    /** Starts before the channels receive and stops after them, so replies to the last updates are still sent. */
    @Override
    public int getPhase() {
        return DEFAULT_PHASE - 1;
    }
}
