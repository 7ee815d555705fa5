package org.helpline.channels.discord.bot;

import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Each chat's events handled one after another in the order they arrived, different chats side by side, off JDA's
 * gateway thread: a slow download in one chat holds up neither the gateway nor anyone else.
 */
public class ChatLanes implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(ChatLanes.class);
    private static final long ACK_PATIENCE_SECONDS = 3;

    private final ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor();
    private final Map<String, CompletableFuture<Void>> tails = new ConcurrentHashMap<>();

    /** Runs {@code work} after the chat's earlier work; a failure is logged and the chat's next work goes on. */
    public void submit(String chat, Runnable work) {
        CompletableFuture<Void> next = tails.compute(chat, (key, tail) ->
                (tail == null ? CompletableFuture.<Void>completedFuture(null) : tail).thenRunAsync(() -> {
                    try {
                        work.run();
                    } catch (RuntimeException e) {
                        log.error("Discord event in chat {} failed", chat, e);
                    }
                }, threads));
        next.whenComplete((done, failure) -> tails.remove(chat, next));
    }

    /**
     * Runs {@code work} in the chat's lane once the interaction's acknowledgement went out (so its button stops
     * spinning before any reply), or once Discord took too long to confirm it: the work goes on regardless.
     */
    public void afterAck(CompletableFuture<?> ack, String interactionId, String chat, Runnable work) {
        submit(chat, () -> {
            awaitAcknowledged(ack, interactionId);
            work.run();
        });
    }

    private static void awaitAcknowledged(CompletableFuture<?> ack, String interactionId) {
        try {
            ack.get(ACK_PATIENCE_SECONDS, TimeUnit.SECONDS);
        } catch (ExecutionException | TimeoutException e) {
            log.warn("Discord interaction {} could not be acknowledged in time; handling it anyway", interactionId, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        threads.close();
    }
}
