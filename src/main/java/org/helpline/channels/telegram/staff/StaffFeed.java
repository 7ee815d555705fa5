package org.helpline.channels.telegram.staff;

import org.helpline.channels.telegram.botapi.TelegramApi;
import org.helpline.channels.telegram.botapi.TelegramReplies;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.helpline.tickets.AttachmentRef;
import org.helpline.tickets.HistoryEntry;
import org.helpline.tickets.Ticket;
import org.helpline.tickets.TicketChanged;
import org.helpline.tickets.TicketOpened;
import org.helpline.tickets.Tickets;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;

/**
 * Puts tickets from every channel into the staff chat: a topic per new ticket opened by its card and the
 * client's files, then what the client writes or sends, their answer to «Вопрос решён?», and a short line when
 * the ticket is taken, escalated (the topic's name shows the tier) or resolved. Engineers' replies and notes
 * were typed in the topic, so they are not echoed.
 *
 * <p>Events are handled one at a time, in order, on a thread of their own: the client's request neither waits
 * for Telegram nor fails with it. Topics are created and renamed at once; messages and files go through the
 * outbox, which sends them in order. What Telegram refuses is logged; the ticket stands regardless, and a
 * ticket left without a topic gets one on a later sweep.
 */
class StaffFeed implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(StaffFeed.class);
    private static final Duration RETRIED_FOR = Duration.ofDays(7);

    private final TelegramApi api;
    private final TelegramReplies replies;
    private final StaffTopics topics;
    private final TopicCard card;
    private final long chatId;
    private final Tickets tickets;
    private final Duration retry;
    private final ScheduledExecutorService worker = Executors.newSingleThreadScheduledExecutor(
            Thread.ofPlatform().name("telegram-staff-feed").daemon().factory());

    StaffFeed(TelegramApi api, TelegramReplies replies, StaffTopics topics, TopicCard card, long chatId,
              Tickets tickets, Duration retry) {
        this.api = api;
        this.replies = replies;
        this.topics = topics;
        this.card = card;
        this.chatId = chatId;
        this.tickets = tickets;
        this.retry = retry;
        worker.scheduleWithFixedDelay(this::giveTopicsToTicketsWithout, retry.toMillis(), retry.toMillis(),
                TimeUnit.MILLISECONDS);
    }

    @EventListener
    void on(TicketOpened event) {
        later(event.ticket(), () -> open(event.ticket()));
    }

    @EventListener
    void on(TicketChanged event) {
        later(event.ticket(), () -> changed(event.ticket(), event.change()));
    }

    private interface Work {
        void run() throws TelegramApiException;
    }

    private void later(Ticket ticket, Work work) {
        worker.execute(() -> {
            try {
                work.run();
            } catch (TelegramApiException | RuntimeException e) {
                log.error("Could not update the staff topic of ticket {}", ticket.number(), e);
            }
        });
    }

    /**
     * Gives a topic to each open ticket of the last week that has none — Telegram refused or was down when it
     * was opened, or the app stopped first — so every ticket reaches the engineers in the end.
     */
    private void giveTopicsToTicketsWithout() {
        try {
            for (Ticket ticket : tickets.openSince(Instant.now().minus(RETRIED_FOR))) {
                if (topics.threadOf(ticket.number()).isEmpty()) {
                    open(ticket);
                }
            }
        } catch (TelegramApiException | RuntimeException e) {
            log.warn("Staff topics for tickets without one: not this time ({})", e.getMessage());
        }
    }

    private void open(Ticket ticket) throws TelegramApiException {
        if (topics.threadOf(ticket.number()).isPresent() || !topics.claim(ticket.number(), retry)) {
            return;
        }
        int thread = api.createTopic(chatId, card.topicName(ticket));
        topics.save(ticket.number(), thread);
        replies.post(String.valueOf(chatId), thread, card.card(ticket), card.buttons(ticket));
        for (AttachmentRef attachment : ticket.attachments()) {
            document(thread, attachment, attachment.filename());
        }
    }

    private void changed(Ticket ticket, HistoryEntry change) throws TelegramApiException {
        Optional<Integer> topic = topics.threadOf(ticket.number());
        if (topic.isEmpty()) {
            log.debug("Ticket {} has no staff topic; its {} is not shown", ticket.number(), change.event());
            return;
        }
        int thread = topic.get();
        Map<String, String> args = Map.of("number", ticket.number(), "engineer", String.valueOf(change.actor()),
                "detail", String.valueOf(change.detail()));
        switch (change.event()) {
            case "client_message" -> post(thread, card.say("staff.client_message", Map.of("text", String.valueOf(change.detail()))));
            case "client_file" -> document(thread, ticket.attachments().getLast(),
                    card.say("staff.client_file", Map.of("file", ticket.attachments().getLast().filename())));
            case "taken" -> post(thread, card.say("staff.taken", args));
            case "escalated" -> {
                api.renameTopic(chatId, thread, card.topicName(ticket));
                post(thread, card.say("staff.escalated", args));
            }
            case "resolved" -> post(thread, card.say("staff.resolved", args));
            case "reopened" -> post(thread, card.say("staff.reopened", args));
            case "closed" -> post(thread, card.say("staff.closed", args));
            default -> log.trace("Ticket {}: {} needs no line in its topic", ticket.number(), change.event());
        }
    }

    private void document(int thread, AttachmentRef attachment, String caption) {
        replies.postFile(String.valueOf(chatId), thread, attachment.id(), attachment.filename(), caption);
    }

    private void post(int thread, String text) {
        replies.post(String.valueOf(chatId), thread, text, List.of());
    }

    /** Lets what is queued go out, for a few seconds at most. */
    @Override
    public void close() {
        worker.shutdown();
        try {
            if (!worker.awaitTermination(5, TimeUnit.SECONDS)) {
                log.warn("Staff topic updates still queued at shutdown were dropped");
                worker.shutdownNow();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
