package org.helpline.channels.telegram.botapi;

import java.util.List;
import java.util.UUID;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.helpline.store.Leases;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.telegram.telegrambots.longpolling.TelegramBotsLongPollingApplication;
import org.telegram.telegrambots.longpolling.util.DefaultGetUpdatesGenerator;
import org.telegram.telegrambots.meta.api.objects.Update;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;

/**
 * Long polling for the bot's updates (when no webhook is configured), by one app instance at a time: Telegram
 * answers a second concurrent poller 409 Conflict. The poller holds a lease in the store ({@code job_leases}) and
 * renews it; the others try to take it at the same pace. A holder that cannot renew in time stops polling before
 * its lease runs out, so two never poll together; one that stops gives the lease back, and one that dies leaves it
 * to run out. A batch is handled before the next {@code getUpdates} confirms it to Telegram, so after a crash or a
 * takeover the unconfirmed batch comes again (a new poller starts from the oldest unconfirmed update), and
 * {@link TelegramUpdates} handles only the updates it has not handled before.
 */
class TelegramPolling implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(TelegramPolling.class);
    private static final String LEASES = "job_leases";
    private static final String LEASE = "telegram-polling";

    private final TelegramApi api;
    private final TelegramUpdates updates;
    private final Leases leases;
    private final PollingSettings settings;
    private final String instance = UUID.randomUUID().toString();
    /** Serialises renewals with giving the lease back, so a renewal in flight cannot take it again after a stop. */
    private final Object renewals = new Object();
    private ScheduledExecutorService poller;
    private ScheduledExecutorService leaseTimer;
    private TelegramBotsLongPollingApplication polling;
    private volatile boolean running;
    private boolean registered;
    /** {@link System#nanoTime()} until which this instance may poll, from its last renewal. */
    private long pollUntil;

    TelegramPolling(TelegramApi api, TelegramUpdates updates, Leases leases, PollingSettings settings) {
        this.api = api;
        this.updates = updates;
        this.leases = leases;
        this.settings = settings;
    }

    @Override
    public void start() {
        synchronized (this) {
            poller = new ScheduledThreadPoolExecutor(1, Thread.ofPlatform().name("telegram-polling").daemon().factory());
            polling = new TelegramBotsLongPollingApplication(ObjectMapper::new, api::pollingHttp, () -> poller);
            running = true;
            // Not on the app's ScheduledJobs, whose fixed-delay jobs share one thread in turn: the deadline must hold
            // while a renewal hangs on an unreachable store, and renewals must not queue behind other jobs.
            leaseTimer = new ScheduledThreadPoolExecutor(2, Thread.ofPlatform().name("telegram-polling-lease").daemon().factory());
            long renewEvery = settings.renewEvery().toMillis();
            leaseTimer.scheduleWithFixedDelay(this::holdLease, renewEvery, renewEvery, TimeUnit.MILLISECONDS);
            leaseTimer.scheduleAtFixedRate(this::stopWhenLeaseRunsOut, renewEvery / 2, renewEvery / 2, TimeUnit.MILLISECONDS);
        }
        // At once rather than at the first renewal: a lone instance polls from start-up on.
        holdLease();
    }

    /** Takes or renews the lease and polls while holding it; another instance's live lease stops this one's polling. */
    private void holdLease() {
        synchronized (renewals) {
            if (!running) {
                return;
            }
            long asked = System.nanoTime();
            boolean held;
            try {
                held = leases.hold(LEASES, LEASE, instance, settings.lease());
            } catch (RuntimeException e) {
                // Thrown out of here, it would end the renewals for good.
                log.warn("Could not renew the Telegram polling lease ({}); polling stops if it runs out", e.getMessage());
                return;
            }
            synchronized (this) {
                if (!running) {
                    return;
                }
                if (held) {
                    pollUntil = asked + settings.pollFor().toNanos();
                    if (!registered) {
                        register();
                    }
                } else if (registered) {
                    unregister("another instance holds the polling lease");
                }
            }
        }
    }

    private synchronized void stopWhenLeaseRunsOut() {
        if (registered && System.nanoTime() - pollUntil > 0) {
            unregister("the polling lease could not be renewed in time");
        }
    }

    /** Telegram may be unreachable: the app runs anyway and the next renewal tries again. */
    private void register() {
        try {
            polling.registerBot(api.token(), api::url, new DefaultGetUpdatesGenerator(TelegramApi.UPDATES), this::consume);
            registered = true;
            log.info("Telegram bot polling {}", api.url().getHost());
        } catch (TelegramApiException | RuntimeException e) {
            log.warn("Telegram bot could not start polling ({}); trying again in {}", e.getMessage(), settings.renewEvery());
            unregisterQuietly();
        }
    }

    /** Ends the poll in flight at once; the batch in hand is finished and confirmed by whoever polls next. */
    private void unregister(String why) {
        log.info("Telegram bot stops polling: {}", why);
        registered = false;
        unregisterQuietly();
        api.cancelPolling();
    }

    private void unregisterQuietly() {
        try {
            polling.unregisterBot(api.token());
        } catch (TelegramApiException | RuntimeException notRegistered) {
            log.debug("Nothing to unregister", notRegistered);
        }
    }

    private void consume(List<Update> batch) {
        // Thrown out of here, an exception would end TelegramBots' polling task for good: handle() never throws.
        if (!updates.handle(batch)) {
            // The next getUpdates would confirm what the store could not record: no next one from this session.
            synchronized (this) {
                if (registered) {
                    unregister("the store could not record a batch; polling resumes from it after the next renewal");
                }
            }
        }
    }

    @Override
    public void stop() {
        synchronized (this) {
            if (!running) {
                return;
            }
            running = false;
            registered = false;
        }
        // Interrupts a renewal hanging on the store; a later one could take the lease again.
        leaseTimer.shutdownNow();
        try {
            polling.close();
        } catch (Exception e) {
            log.warn("Stopping Telegram polling", e);
        }
        api.cancelPolling();
        poller.shutdown();
        try {
            // The batch in hand is finished, so what it confirmed is done, before another instance may poll.
            if (!poller.awaitTermination(15, TimeUnit.SECONDS)) {
                log.warn("Telegram updates still being handled at shutdown");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        giveLeaseBack();
    }

    /** So another instance takes over at its next try rather than when the lease runs out. */
    private void giveLeaseBack() {
        synchronized (renewals) {
            try {
                leases.release(LEASES, LEASE, instance);
            } catch (RuntimeException e) {
                log.warn("Could not give the Telegram polling lease back ({}); it runs out by itself", e.getMessage());
            }
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }
}
