package org.helpline.channels.discord;

import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Each chat's events handled one after another in the order they arrived, different chats side by side, off JDA's
 * gateway thread: a slow download in one chat holds up neither the gateway nor anyone else.
 */
class ChatLanes implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(ChatLanes.class);

    private final ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor();
    private final Map<String, CompletableFuture<Void>> tails = new ConcurrentHashMap<>();

    /** Runs {@code work} after the chat's earlier work; a failure is logged and the chat's next work goes on. */
    void submit(String chat, Runnable work) {
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

    @Override
    public void close() {
        threads.close();
    }
}
