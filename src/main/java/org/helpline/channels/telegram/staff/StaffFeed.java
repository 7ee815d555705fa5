package org.helpline.channels.telegram.staff;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ScheduledFuture;

import org.helpline.channels.StaffCard;
import org.helpline.channels.telegram.botapi.TelegramApi;
import org.helpline.channels.telegram.botapi.TelegramReplies;
import org.helpline.handoff.StaffActions;
import org.helpline.attachments.AttachmentRef;
import org.helpline.tickets.ClientWrote;
import org.helpline.tickets.Ticket;
import org.helpline.tickets.TicketEscalated;
import org.helpline.tickets.TicketEvent;
import org.helpline.tickets.TicketEventListener;
import org.helpline.tickets.TicketOpened;
import org.helpline.tickets.Tickets;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.scheduling.TaskScheduler;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;

/**
 * Puts tickets from every channel into the staff chat: a topic per new ticket opened by its card and the
 * client's files, then what the client writes or sends, their answer to «Вопрос решён?» (or its closing by itself
 * when unanswered), their reopening, rating and comment, and a short line when the ticket is taken, escalated (the
 * topic's name shows the tier) or resolved. Engineers' replies and notes
 * were typed in the topic, so they are not echoed.
 *
 * <p>It hears ticket events on a thread of its own, in order: the client's request neither waits for Telegram
 * nor fails with it. Topics are created and renamed at once; messages and files go through the outbox, which
 * sends them in order. What Telegram refuses is logged; the ticket stands regardless, and a ticket left without
 * a topic gets one on a later sweep.
 */
class StaffFeed implements TicketEventListener, SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(StaffFeed.class);
    private static final Duration RETRIED_FOR = Duration.ofDays(7);

    private final TelegramApi api;
    private final TelegramReplies replies;
    private final StaffTopics topics;
    private final StaffCard card;
    private final StaffActions actions;
    private final long chatId;
    private final Tickets tickets;
    private final Duration retry;
    private final TaskScheduler scheduler;
    private volatile ScheduledFuture<?> sweep;

    StaffFeed(TelegramApi api, TelegramReplies replies, StaffTopics topics, StaffCard card, StaffActions actions, long chatId,
              Tickets tickets, Duration retry, TaskScheduler scheduler) {
        this.api = api;
        this.replies = replies;
        this.topics = topics;
        this.card = card;
        this.actions = actions;
        this.chatId = chatId;
        this.tickets = tickets;
        this.retry = retry;
        this.scheduler = scheduler;
    }

    @Override
    public String name() {
        return "telegram-staff-topics";
    }

    @Override
    public boolean immediate() {
        return false;
    }

    @Override
    public void on(TicketEvent event) {
        try {
            if (event instanceof TicketOpened opened) {
                open(opened.ticket());
            } else {
                changed(event);
            }
        } catch (TelegramApiException | RuntimeException e) {
            log.error("Could not update the staff topic of ticket {}", event.ticket().number(), e);
        }
    }

    @Override
    public synchronized void start() {
        sweep = scheduler.scheduleWithFixedDelay(this::giveTopicsToTicketsWithout, Instant.now().plus(retry), retry);
    }

    @Override
    public synchronized void stop() {
        sweep.cancel(false);
        sweep = null;
    }

    @Override
    public boolean isRunning() {
        return sweep != null;
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
        replies.post(String.valueOf(chatId), thread, card.card(ticket), actions.buttons(ticket.number()));
        for (AttachmentRef attachment : ticket.attachments()) {
            document(thread, attachment, attachment.filename());
        }
    }

    private void changed(TicketEvent event) throws TelegramApiException {
        Ticket ticket = event.ticket();
        Optional<Integer> topic = topics.threadOf(ticket.number());
        if (topic.isEmpty()) {
            log.debug("Ticket {} has no staff topic; its {} is not shown", ticket.number(), event.getClass().getSimpleName());
            return;
        }
        int thread = topic.get();
        Optional<String> line = card.line(event);
        if (line.isEmpty()) {
            log.trace("Ticket {}: {} needs no line in its topic", ticket.number(), event.getClass().getSimpleName());
            return;
        }
        switch (event) {
            case ClientWrote wrote when wrote.file() != null -> document(thread, wrote.file(), line.get());
            case TicketEscalated escalated -> {
                api.renameTopic(chatId, thread, card.topicName(ticket));
                post(thread, line.get());
            }
            default -> post(thread, line.get());
        }
    }

    private void document(int thread, AttachmentRef attachment, String caption) {
        replies.postFile(String.valueOf(chatId), thread, attachment.id(), attachment.filename(), caption);
    }

    private void post(int thread, String text) {
        replies.post(String.valueOf(chatId), thread, text, List.of());
    }
}
