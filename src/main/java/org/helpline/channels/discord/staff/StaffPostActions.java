package org.helpline.channels.discord.staff;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

import net.dv8tion.jda.api.components.label.Label;
import net.dv8tion.jda.api.components.textinput.TextInput;
import net.dv8tion.jda.api.components.textinput.TextInputStyle;
import net.dv8tion.jda.api.entities.Member;
import net.dv8tion.jda.api.entities.Message;
import net.dv8tion.jda.api.events.interaction.ModalInteractionEvent;
import net.dv8tion.jda.api.events.interaction.component.ButtonInteractionEvent;
import net.dv8tion.jda.api.interactions.callbacks.IReplyCallback;
import net.dv8tion.jda.api.modals.Modal;
import net.dv8tion.jda.api.interactions.modals.ModalMapping;
import org.helpline.channels.discord.bot.ChatLanes;
import org.helpline.channels.discord.bot.DiscordReplies;
import org.helpline.channels.StaffCard;
import org.helpline.dialogs.Dialogs;
import org.helpline.handoff.Handoff;
import org.helpline.handoff.StaffActions;
import org.helpline.handoff.StaffIdentities;

/**
 * What engineers do in a staff forum post, as {@link Handoff} actions on the post's ticket: «Взять» takes it,
 * «Эскалировать» opens a form asking the reason and its answer escalates, «Решено» resolves; a plain message is a
 * reply to the client, {@code /ask …} a question, {@code /note …} an internal note ({@link StaffActions}). Only
 * staff count ({@link StaffForum#isStaff}): anyone else's press gets a refusal only they see, in their language,
 * and their messages are ignored. Every press is answered at once (the form, or an acknowledgement), then acted on;
 * what the ticket refuses (a button out of date) is told only to the presser.
 */
class StaffPostActions {

    private static final String REASON_FORM = "staff-reason:";
    private static final String REASON = "reason";
    private static final int MAX_REASON = 1000;

    private final StaffForum forum;
    private final StaffPosts posts;
    private final StaffCard card;
    private final StaffActions actions;
    private final Handoff handoff;
    private final DiscordReplies replies;
    private final Dialogs dialogs;
    private final ChatLanes lanes;
    private final StaffIdentities identities;

    StaffPostActions(StaffForum forum, StaffPosts posts, StaffCard card, StaffActions actions, Handoff handoff,
                     DiscordReplies replies, Dialogs dialogs, ChatLanes lanes,
                     StaffIdentities identities) {
        this.forum = forum;
        this.posts = posts;
        this.card = card;
        this.actions = actions;
        this.handoff = handoff;
        this.replies = replies;
        this.dialogs = dialogs;
        this.lanes = lanes;
        this.identities = identities;
        dialogs.require(List.of("discord_staff.staff_only", "discord_staff.escalation_title",
                "discord_staff.escalation_reason", "discord_staff.post_recreated", "discord_staff.history_line"));
    }

    /** A button in a server: the ticket buttons of a staff post are ours; anything else is only acknowledged. */
    void pressed(ButtonInteractionEvent event) {
        String value = event.getComponentId();
        Optional<String> ticket = actions.ticketOf(value);
        if (ticket.isEmpty() || !forum.holds(event.getChannel())) {
            event.deferEdit().queue();
        } else if (!forum.isStaff(event.getMember())) {
            refuse(event);
        } else if (actions.asksReason(value)) {
            event.replyModal(reasonForm(ticket.get())).queue();
        } else {
            String engineer = engineer(event.getMember());
            afterAck(event, event.deferEdit().submit(), ticket.get(), () -> actions.press(value, engineer));
        }
    }

    /** Whether a submitted form is the escalation reason form. */
    boolean answers(ModalInteractionEvent event) {
        return event.getModalId().startsWith(REASON_FORM);
    }

    /** The escalation reason form, submitted: escalates with its reason. */
    void reasonGiven(ModalInteractionEvent event) {
        if (!forum.isStaff(event.getMember())) {
            refuse(event);
            return;
        }
        String number = event.getModalId().substring(REASON_FORM.length());
        ModalMapping reason = event.getValue(REASON);
        String text = reason == null ? "" : reason.getAsString().strip();
        String engineer = engineer(event.getMember());
        afterAck(event, event.deferEdit().submit(), number, () -> handoff.escalate(number, engineer, text));
    }

    /** A message in a staff post: staff's are actions on its ticket; the bot's and anyone else's are ignored. */
    void received(Message message) {
        Optional<String> ticket = posts.numberOf(message.getChannel().getId());
        if (ticket.isEmpty() || !forum.isStaff(message.getMember())) {
            return;
        }
        String number = ticket.get();
        String text = message.getContentRaw().strip();
        if (text.isEmpty()) {
            if (!message.getAttachments().isEmpty()) {
                notice(number, card.say("staff.text_only", Map.of()));
            }
            return;
        }
        String engineer = engineer(message.getMember());
        card.attempt(number, () -> {
            if (actions.write(number, engineer, text) == StaffActions.Outcome.UNKNOWN_COMMAND) {
                notice(number, card.say("staff.unknown_command", Map.of()));
            }
        }).ifPresent(refusal -> notice(number, refusal));
    }

    private Modal reasonForm(String number) {
        var texts = dialogs.texts(dialogs.defaultLanguage());
        TextInput reason = TextInput.create(REASON, TextInputStyle.PARAGRAPH).setRequired(true)
                .setMaxLength(MAX_REASON).build();
        return Modal.create(REASON_FORM + number, texts.get("discord_staff.escalation_title", Map.of("number", number)))
                .addComponents(Label.of(texts.get("discord_staff.escalation_reason"), reason)).build();
    }

    /** The ticket's actions run one after another in its lane, once the press is acknowledged. */
    private void afterAck(IReplyCallback event, CompletableFuture<?> ack, String number, Runnable action) {
        lanes.afterAck(ack, event.getId(), number, () -> card.attempt(number, action).ifPresent(refusal ->
                event.getHook().sendMessage(refusal).setEphemeral(true).queue()));
    }

    /** The linked console account's name, else the member's name in the server. */
    private String engineer(Member member) {
        return identities.nameOf(StaffIdentities.Messenger.DISCORD, member.getId()).orElseGet(member::getEffectiveName);
    }

    private void refuse(IReplyCallback event) {
        String language = dialogs.language(event.getUserLocale().getLocale());
        event.reply(dialogs.texts(language).get("discord_staff.staff_only")).setEphemeral(true).queue();
    }

    private void notice(String number, String text) {
        posts.threadOf(number).ifPresent(thread -> replies.post(forum.id(), thread, text, List.of()));
    }
}
