package org.helpline.channels.telegram.botapi;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.meta.api.objects.CallbackQuery;
import org.telegram.telegrambots.meta.api.objects.Update;
import org.telegram.telegrambots.meta.api.objects.message.Message;

/**
 * Every update the bot receives, polled or pushed to the webhook, takes this one path. Its id is recorded in the
 * {@link UpdateLedger} before it is handled, so an update delivered again — even after a restart, even from the
 * staff chat — has no second effect and no second reply. (A crash while it is being handled leaves that update
 * unhandled: at most once.) Updates from the staff chat (when there is one) go to the engineers' side, all
 * others to the clients'.
 */
public class TelegramUpdates {

    private static final Logger log = LoggerFactory.getLogger(TelegramUpdates.class);

    private final List<TelegramUpdateHandler> handlers;
    private final UpdateLedger ledger;

    /** {@code handlers} in their order: the staff chat's (when there is one) before the clients', who take the rest. */
    TelegramUpdates(List<TelegramUpdateHandler> handlers, UpdateLedger ledger) {
        this.handlers = handlers;
        this.ledger = ledger;
    }

    /** The chat an update belongs to, so updates of one chat are handled in order; unknown kinds stand alone. */
    public static String chatOf(Update update) {
        if (update.hasCallbackQuery()) {
            return chatOf(update.getCallbackQuery());
        }
        Message message = update.hasMessage() ? update.getMessage() : update.getEditedMessage();
        return message != null ? String.valueOf(message.getChatId()) : "update:" + update.getUpdateId();
    }

    /** The chat of a pressed button. */
    public static String chatOf(CallbackQuery query) {
        // A private chat's id is its user's id, the only id left when the button's message is too old to send.
        return String.valueOf(query.getMessage() != null ? query.getMessage().getChatId() : query.getFrom().getId());
    }

    /**
     * Handles a polled batch: each chat's updates in order, different chats side by side; never throws. False when
     * an update could not be recorded (the store is unreachable): the batch must not be confirmed to Telegram then,
     * so that it comes again.
     */
    boolean handle(List<Update> batch) {
        Map<String, List<Update>> byChat = batch.stream()
                .collect(Collectors.groupingBy(TelegramUpdates::chatOf, LinkedHashMap::new, Collectors.toList()));
        AtomicBoolean recorded = new AtomicBoolean(true);
        try (ExecutorService chats = Executors.newVirtualThreadPerTaskExecutor()) {
            byChat.values().forEach(chatUpdates -> chats.execute(() -> handleInOrder(chatUpdates, recorded)));
        } catch (RuntimeException e) {
            log.error("Telegram batch of {} update(s) failed", batch.size(), e);
        }
        return recorded.get();
    }

    private void handleInOrder(List<Update> chatUpdates, AtomicBoolean recorded) {
        for (Update update : chatUpdates) {
            boolean toHandle;
            try {
                toHandle = ledger.toHandle(update.getUpdateId());
            } catch (RuntimeException e) {
                log.error("Telegram update {} could not be recorded; it is left for Telegram to deliver again",
                        update.getUpdateId(), e);
                recorded.set(false);
                return;
            }
            handleRecorded(update, toHandle);
        }
    }

    /**
     * Handles one update, unless it was handled before. Throws only if it cannot be recorded (the store is down):
     * the webhook then answers an error and Telegram pushes the update again.
     */
    void handle(Update update) {
        handleRecorded(update, ledger.toHandle(update.getUpdateId()));
    }

    private void handleRecorded(Update update, boolean toHandle) {
        if (!toHandle) {
            log.info("Telegram update {} delivered again; already handled", update.getUpdateId());
            return;
        }
        handlers.stream().filter(handler -> handler.concerns(update)).findFirst()
                .ifPresent(handler -> handler.handle(update));
        ledger.handled(update.getUpdateId());
    }
}
