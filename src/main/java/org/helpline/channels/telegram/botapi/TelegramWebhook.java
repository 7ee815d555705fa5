package org.helpline.channels.telegram.botapi;

import java.net.URI;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;

/**
 * Webhook mode: at start-up Telegram is told (with {@code setWebhook}) to push updates to the configured URL,
 * with the secret in each request's header; {@link TelegramWebhookController} receives them. Telegram may be
 * unreachable at start-up; the app starts anyway and keeps trying. The webhook is left set at shutdown: Telegram
 * holds the updates that come meanwhile and pushes them when the app is back.
 */
class TelegramWebhook implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(TelegramWebhook.class);
    private static final long RETRY_SECONDS = 10;

    private final TelegramApi api;
    private final URI url;
    private final String secret;
    private ScheduledExecutorService retries;
    private volatile boolean running;

    TelegramWebhook(TelegramApi api, TelegramSettings settings) {
        this.api = api;
        this.url = settings.webhookUrl();
        this.secret = settings.webhookSecret();
    }

    @Override
    public synchronized void start() {
        ScheduledThreadPoolExecutor executor = new ScheduledThreadPoolExecutor(1,
                Thread.ofPlatform().name("telegram-webhook").daemon().factory());
        executor.setExecuteExistingDelayedTasksAfterShutdownPolicy(false);
        retries = executor;
        running = true;
        retries.execute(this::register);
    }

    private void register() {
        if (!running) {
            return;
        }
        try {
            api.setWebhook(url, secret);
            log.info("Telegram pushes updates to {}", url);
        } catch (TelegramApiException | RuntimeException e) {
            log.warn("Telegram webhook could not be set ({}); trying again in {} s", e.getMessage(), RETRY_SECONDS);
            retries.schedule(this::register, RETRY_SECONDS, TimeUnit.SECONDS);
        }
    }

    @Override
    public synchronized void stop() {
        running = false;
        retries.shutdownNow();
    }

    @Override
    public boolean isRunning() {
        return running;
    }
}
