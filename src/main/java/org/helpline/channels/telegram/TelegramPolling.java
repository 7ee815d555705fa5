package org.helpline.channels.telegram;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.telegram.telegrambots.longpolling.TelegramBotsLongPollingApplication;
import org.telegram.telegrambots.longpolling.util.DefaultGetUpdatesGenerator;
import org.telegram.telegrambots.meta.api.objects.Update;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;

/**
 * Long polling for the bot's updates. A batch is handled before the next {@code getUpdates} confirms it to
 * Telegram, so a crash loses nothing: the unconfirmed batch comes again and the conversations' ledger keeps it
 * at one effect. An update this process has already handled is skipped, so its replies are not sent twice.
 * Within a batch each chat's updates go in order; different chats go side by side. Updates from the staff chat
 * (when there is one) go to the engineers' side, all others to the clients'.
 */
class TelegramPolling implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(TelegramPolling.class);
    private static final List<String> UPDATES = List.of("message", "edited_message", "callback_query");
    private static final long RETRY_SECONDS = 10;

    private final TelegramApi api;
    private final ClientUpdates updates;
    private final StaffUpdates staff;
    private final Cache<Integer, Boolean> handled = Caffeine.newBuilder()
            .maximumSize(100_000).expireAfterWrite(Duration.ofDays(1)).build();
    private ScheduledExecutorService poller;
    private TelegramBotsLongPollingApplication polling;
    private volatile boolean running;

    /** {@code staff} is null when no staff chat is configured. */
    TelegramPolling(TelegramApi api, ClientUpdates updates, StaffUpdates staff) {
        this.api = api;
        this.updates = updates;
        this.staff = staff;
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
            polling.registerBot(api.token(), api::url, new DefaultGetUpdatesGenerator(UPDATES), this::consume);
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
        Map<String, List<Update>> byChat = batch.stream()
                .collect(Collectors.groupingBy(ClientUpdates::chatOf, LinkedHashMap::new, Collectors.toList()));
        try (ExecutorService chats = Executors.newVirtualThreadPerTaskExecutor()) {
            byChat.values().forEach(chatUpdates -> chats.execute(() -> chatUpdates.forEach(this::route)));
        } catch (RuntimeException e) {
            // Thrown out of here, it would end TelegramBots' polling task for good.
            log.error("Telegram batch of {} update(s) failed", batch.size(), e);
        }
    }

    private void route(Update update) {
        if (handled.asMap().putIfAbsent(update.getUpdateId(), Boolean.TRUE) != null) {
            log.info("Telegram update {} delivered again; already handled", update.getUpdateId());
        } else if (staff != null && staff.concerns(update)) {
            staff.handle(update);
        } else {
            updates.handle(update);
        }
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
