package org.helpline.channels.telegram;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.Collectors;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.meta.api.objects.Update;

/**
 * Every update the bot receives, polled or pushed to the webhook, takes this one path. An update this process
 * has already handled is skipped, so its replies are not sent twice. Updates from the staff chat (when there is
 * one) go to the engineers' side, all others to the clients'.
 */
class TelegramUpdates {

    private static final Logger log = LoggerFactory.getLogger(TelegramUpdates.class);

    private final ClientUpdates clients;
    private final StaffUpdates staff;
    private final Cache<Integer, Boolean> handled = Caffeine.newBuilder()
            .maximumSize(100_000).expireAfterWrite(Duration.ofDays(1)).build();

    /** {@code staff} is null when no staff chat is configured. */
    TelegramUpdates(ClientUpdates clients, StaffUpdates staff) {
        this.clients = clients;
        this.staff = staff;
    }

    /** Handles a batch: each chat's updates in order, different chats side by side; never throws. */
    void handle(List<Update> batch) {
        Map<String, List<Update>> byChat = batch.stream()
                .collect(Collectors.groupingBy(ClientUpdates::chatOf, LinkedHashMap::new, Collectors.toList()));
        try (ExecutorService chats = Executors.newVirtualThreadPerTaskExecutor()) {
            byChat.values().forEach(chatUpdates -> chats.execute(() -> chatUpdates.forEach(this::handle)));
        } catch (RuntimeException e) {
            log.error("Telegram batch of {} update(s) failed", batch.size(), e);
        }
    }

    /** Handles one update, unless it has been handled already; never throws. */
    void handle(Update update) {
        if (handled.asMap().putIfAbsent(update.getUpdateId(), Boolean.TRUE) != null) {
            log.info("Telegram update {} delivered again; already handled", update.getUpdateId());
        } else if (staff != null && staff.concerns(update)) {
            staff.handle(update);
        } else {
            clients.handle(update);
        }
    }
}
