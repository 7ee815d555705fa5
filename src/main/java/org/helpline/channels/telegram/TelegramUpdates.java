package org.helpline.channels.telegram;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.meta.api.objects.Update;

/**
 * Every update the bot receives, polled or pushed to the webhook, takes this one path. Its id is recorded in the
 * {@link UpdateLedger} before it is handled, so an update delivered again — even after a restart, even from the
 * staff chat — has no second effect and no second reply. (A crash while it is being handled leaves that update
 * unhandled: at most once.) Updates from the staff chat (when there is one) go to the engineers' side, all
 * others to the clients'.
 */
class TelegramUpdates {

    private static final Logger log = LoggerFactory.getLogger(TelegramUpdates.class);

    private final ClientUpdates clients;
    private final StaffUpdates staff;
    private final UpdateLedger ledger;

    /** {@code staff} is null when no staff chat is configured. */
    TelegramUpdates(ClientUpdates clients, StaffUpdates staff, UpdateLedger ledger) {
        this.clients = clients;
        this.staff = staff;
        this.ledger = ledger;
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

    /**
     * Handles one update, unless it was handled before. Throws only if it cannot be recorded (the store is down):
     * the webhook then answers an error and Telegram pushes the update again.
     */
    void handle(Update update) {
        if (!ledger.toHandle(update.getUpdateId())) {
            log.info("Telegram update {} delivered again; already handled", update.getUpdateId());
            return;
        }
        if (staff != null && staff.concerns(update)) {
            staff.handle(update);
        } else {
            clients.handle(update);
        }
        ledger.handled(update.getUpdateId());
    }
}
