package org.helpline.channels.telegram.botapi;

import java.util.List;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.telegram.telegrambots.longpolling.TelegramBotsLongPollingApplication;
import org.telegram.telegrambots.longpolling.util.DefaultGetUpdatesGenerator;
import org.telegram.telegrambots.meta.api.objects.Update;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;

/**
 * Long polling for the bot's updates (when no webhook is configured). A batch is handled before the next
 * {@code getUpdates} confirms it to Telegram; after a crash the unconfirmed batch comes again, and
 * {@link TelegramUpdates} handles only the updates it has not received before.
 */
class TelegramPolling implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(TelegramPolling.class);
    private static final long RETRY_SECONDS = 10;

    private final TelegramApi api;
    private final TelegramUpdates updates;
    private ScheduledExecutorService poller;
    private TelegramBotsLongPollingApplication polling;
    private volatile boolean running;

    TelegramPolling(TelegramApi api, TelegramUpdates updates) {
        this.api = api;
        this.updates = updates;
    }

    @Override
    public synchronized void start() {
        ScheduledThreadPoolExecutor executor = new ScheduledThreadPoolExecutor(1,
                Thread.ofPlatform().name("telegram-polling").daemon().factory());
        // A registration retry still waiting is dropped at shutdown rather than waited for.
        executor.setExecuteExistingDelayedTasksAfterShutdownPolicy(false);
        poller = executor;
        polling = new TelegramBotsLongPollingApplication(ObjectMapper::new, api::pollingHttp, () -> poller);
        running = true;
        register();
    }

    /** Telegram may be unreachable at start-up; the app starts anyway and the bot keeps trying. */
    private synchronized void register() {
        if (!running) {
            return;
        }
        try {
            polling.registerBot(api.token(), api::url, new DefaultGetUpdatesGenerator(TelegramApi.UPDATES), this::consume);
            log.info("Telegram bot polling {}", api.url().getHost());
        } catch (TelegramApiException | RuntimeException e) {
            log.warn("Telegram bot could not start polling ({}); trying again in {} s", e.getMessage(), RETRY_SECONDS);
            try {
                polling.unregisterBot(api.token());
            } catch (TelegramApiException notRegistered) {
                log.debug("Nothing to unregister", notRegistered);
            }
            poller.schedule(this::register, RETRY_SECONDS, TimeUnit.SECONDS);
        }
    }

    private void consume(List<Update> batch) {
        // Thrown out of here, an exception would end TelegramBots' polling task for good: handle() never throws.
        updates.handle(batch);
    }

    @Override
    public void stop() {
        // Not waited for under the lock: a retry of register() may be queued on the poller, wanting it.
        synchronized (this) {
            if (!running) {
                return;
            }
            running = false;
        }
        try {
            polling.close();
        } catch (Exception e) {
            log.warn("Stopping Telegram polling", e);
        }
        api.cancelPolling();
        poller.shutdown();
        try {
            // The batch in hand is finished, so what it confirmed is done.
            if (!poller.awaitTermination(15, TimeUnit.SECONDS)) {
                log.warn("Telegram updates still being handled at shutdown");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }
}
