package org.helpline.channels.telegram.staff;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.helpline.channels.StaffCard;
import org.helpline.channels.telegram.botapi.TelegramApi;
import org.helpline.channels.telegram.botapi.TelegramOutboxUpgrade;
import org.helpline.channels.telegram.botapi.TelegramReplies;
import org.helpline.channels.telegram.botapi.TelegramUpdateHandler;
import org.helpline.handoff.Handoff;
import org.helpline.handoff.StaffActions;
import org.helpline.outbox.MessageSent;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.telegram.telegrambots.meta.api.objects.CallbackQuery;
import org.telegram.telegrambots.meta.api.objects.Update;
import org.telegram.telegrambots.meta.api.objects.User;
import org.telegram.telegrambots.meta.api.objects.message.Message;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;

/**
 * What engineers do in the staff chat, as {@link Handoff} actions on the topic's ticket: «Взять» takes it,
 * «Эскалировать» asks for the reason and the reply to that question escalates, «Решено» resolves, a plain
 * message is a reply to the client, {@code /ask …} a question to the client after which the ticket waits for
 * their answer, {@code /note …} an internal note. Only members of the staff chat count;
 * anyone else's buttons and messages are ignored. A refused action gets a short notice in the topic.
 */
class StaffUpdates implements TelegramUpdateHandler {

    private static final Logger log = LoggerFactory.getLogger(StaffUpdates.class);
    private static final String REASON_ASKED = TelegramOutboxUpgrade.REASON_QUESTION;

    private final TelegramApi api;
    private final TelegramReplies replies;
    private final StaffTopics topics;
    private final StaffMembers members;
    private final StaffCard card;
    private final Handoff handoff;
    private final StaffActions actions;
    private final long chatId;

    StaffUpdates(TelegramApi api, TelegramReplies replies, StaffTopics topics, StaffMembers members, StaffCard card,
                 Handoff handoff, StaffActions actions, long chatId) {
        this.api = api;
        this.replies = replies;
        this.topics = topics;
        this.members = members;
        this.card = card;
        this.handoff = handoff;
        this.actions = actions;
        this.chatId = chatId;
    }

    /** Whether the update comes from the staff chat (everything else is the client side's). */
    @Override
    public boolean concerns(Update update) {
        if (update.hasCallbackQuery()) {
            var message = update.getCallbackQuery().getMessage();
            return message != null && message.getChatId() == chatId;
        }
        Message message = update.hasMessage() ? update.getMessage() : update.getEditedMessage();
        return message != null && message.getChatId() == chatId;
    }

    /** Before the client side, which takes every update the staff side does not. */
    @Override
    public int getOrder() {
        return 0;
    }

    /** Handles one update of the staff chat; never throws, so one bad update cannot stop the others. */
    @Override
    public void handle(Update update) {
        try {
            if (update.hasCallbackQuery()) {
                pressed(update.getCallbackQuery());
            } else if (update.hasMessage()) {
                received(update.getMessage());
            }
        } catch (RuntimeException e) {
            log.error("Staff chat update {} failed", update.getUpdateId(), e);
        }
    }

    private void pressed(CallbackQuery query) {
        // Answered first: the button stops spinning while the ticket changes.
        try {
            api.answer(query.getId());
        } catch (TelegramApiException e) {
            log.warn("Could not answer Telegram callback {}", query.getId(), e);
        }
        Optional<String> ticket = actions.ticketOf(query.getData());
        if (ticket.isEmpty() || !members.isStaff(query.getFrom())) {
            log.info("Staff chat button {} from user {} ignored", query.getData(), query.getFrom().getId());
            return;
        }
        String number = ticket.get();
        String engineer = members.nameOf(query.getFrom());
        act(number, () -> {
            if (actions.press(query.getData(), engineer) == StaffActions.Outcome.ASK_REASON) {
                askReason(number);
            }
        });
    }

    private void askReason(String number) {
        Optional<Integer> thread = topics.threadOf(number);
        if (thread.isPresent()) {
            replies.ask(String.valueOf(chatId), thread.get(),
                    card.say("staff.escalation_prompt", Map.of("number", number)), REASON_ASKED + number);
        }
    }

    /** The reason question went out through the outbox: the reply to it is recognised from now on. */
    @EventListener
    void on(MessageSent sent) {
        if (sent.correlation().startsWith(REASON_ASKED)) {
            topics.awaitReason(sent.correlation().substring(REASON_ASKED.length()), Integer.parseInt(sent.messageId()));
        }
    }

    private void received(Message message) {
        Integer thread = message.getMessageThreadId();
        if (thread == null || !Boolean.TRUE.equals(message.getIsTopicMessage())) {
            return;
        }
        Optional<String> ticket = topics.numberOf(thread);
        if (ticket.isEmpty() || !members.isStaff(message.getFrom())) {
            return;
        }
        String number = ticket.get();
        if (!message.hasText()) {
            if (message.hasPhoto() || message.hasDocument() || message.hasVideo() || message.hasVoice()
                    || message.hasSticker() || message.hasAudio() || message.hasAnimation()) {
                notice(number, card.say("staff.text_only", Map.of()));
            }
            return;
        }
        String text = message.getText().strip();
        String engineer = members.nameOf(message.getFrom());
        if (isReasonReply(number, message)) {
            act(number, () -> handoff.escalate(number, engineer, text));
        } else {
            act(number, () -> {
                if (actions.write(number, engineer, text) == StaffActions.Outcome.UNKNOWN_COMMAND) {
                    notice(number, card.say("staff.unknown_command", Map.of()));
                }
            });
        }
    }

    private boolean isReasonReply(String number, Message message) {
        User bot = message.getReplyToMessage() == null ? null : message.getReplyToMessage().getFrom();
        return bot != null && Boolean.TRUE.equals(bot.getIsBot())
                && topics.answerReason(number, message.getReplyToMessage().getMessageId());
    }

    /** Runs an engineer's action; what the ticket refuses is told in its topic, never thrown. */
    private void act(String number, Runnable action) {
        card.attempt(number, action).ifPresent(refusal -> notice(number, refusal));
    }

    private void notice(String number, String text) {
        Optional<Integer> thread = topics.threadOf(number);
        if (thread.isPresent()) {
            replies.post(String.valueOf(chatId), thread.get(), text, List.of());
        }
    }
}
