package org.helpline.channels.discord.staff;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.helpline.channels.discord.bot.DiscordReplies;
import org.helpline.channels.discord.bot.DiscordSender;
import org.helpline.attachments.AttachmentRef;
import org.helpline.channels.StaffCard;
import org.helpline.channels.TextParts;
import org.helpline.handoff.StaffActions;
import org.helpline.tickets.ClientWrote;
import org.helpline.tickets.HistoryEntry;
import org.helpline.tickets.Ticket;
import org.helpline.tickets.TicketEscalated;
import org.helpline.tickets.TicketEvent;
import org.helpline.tickets.TicketEventListener;
import org.helpline.tickets.TicketOpened;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Puts tickets from every channel into the Discord staff forum: a post per new ticket, opened by its card with
 * «Взять», «Эскалировать», «Решено», then the client's files; then a line for each ticket event a staff place shows
 * (what the client writes or sends, taken, given back, escalated — which also renames the post with the new tier —,
 * resolved, reopened, closed, rating). Engineers' replies and
 * notes were typed in the post, so they are not echoed.
 *
 * <p>It hears ticket events on a thread of its own, in order: the client neither waits for Discord nor fails with
 * it. A post is made at once; what follows goes through the outbox. A post someone deleted is made again at the
 * ticket's next event, with the ticket's history so far, so nothing is lost.
 */
class StaffPostFeed implements TicketEventListener {

    private static final Logger log = LoggerFactory.getLogger(StaffPostFeed.class);
    /** How long one instance's attempt to make a post holds off the others. */
    private static final Duration CLAIM = Duration.ofMinutes(1);

    private final StaffForum forum;
    private final StaffPosts posts;
    private final StaffCard card;
    private final StaffActions actions;
    private final DiscordReplies replies;

    StaffPostFeed(StaffForum forum, StaffPosts posts, StaffCard card, StaffActions actions, DiscordReplies replies) {
        this.forum = forum;
        this.posts = posts;
        this.card = card;
        this.actions = actions;
        this.replies = replies;
    }

    @Override
    public String name() {
        return "discord-staff-posts";
    }

    @Override
    public boolean immediate() {
        return false;
    }

    @Override
    public void on(TicketEvent event) {
        Ticket ticket = event.ticket();
        Optional<String> line = card.line(event);
        if (!(event instanceof TicketOpened) && line.isEmpty()) {
            return;
        }
        // A failure is thrown: the event is delivered again later, which tries again.
        Optional<String> existing = posts.threadOf(ticket.number());
        if (existing.isPresent() && forum.post(existing.get()).isPresent()) {
            line.ifPresent(text -> show(existing.get(), event, text));
        } else if (existing.isEmpty() || forum.connected()) {
            // No post yet, or the bot is connected and the post is gone: someone deleted it.
            open(ticket, existing.isPresent());
        } else {
            throw new IllegalStateException("not connected to Discord");
        }
    }

    /** Makes the ticket's post; one made again also carries the history so far, which ends with this event. */
    private void open(Ticket ticket, boolean again) {
        String number = ticket.number();
        if (!posts.claim(number, CLAIM)) {
            return;
        }
        try {
            List<String> card = TextParts.split(this.card.card(ticket), DiscordSender.MAX_TEXT);
            String thread = forum.create(this.card.topicName(ticket, StaffForum.MAX_POST_NAME), card.getFirst(),
                    actions.buttons(number));
            posts.save(number, thread);
            card.stream().skip(1).forEach(part -> replies.post(forum.id(), thread, part, List.of()));
            for (AttachmentRef attachment : ticket.attachments()) {
                replies.postFile(forum.id(), thread, attachment.id(), attachment.filename(), attachment.filename());
            }
            if (again) {
                log.info("The Discord staff post of ticket {} was gone; made it again as {}", number, thread);
                replies.post(forum.id(), thread, history(ticket), List.of());
            }
        } finally {
            posts.release(number);
        }
    }

    private String history(Ticket ticket) {
        List<String> lines = new ArrayList<>(List.of(card.say("discord_staff.post_recreated", Map.of())));
        for (HistoryEntry entry : ticket.history()) {
            lines.add(card.say("discord_staff.history_line", Map.of("at", card.time(entry.at()), "event", card.eventName(entry.event()),
                    "actor", String.valueOf(entry.actor()),
                    "detail", entry.detail() == null || entry.detail().isBlank() ? "" : ": " + entry.detail())));
        }
        return String.join("\n", lines);
    }

    private void show(String thread, TicketEvent event, String line) {
        switch (event) {
            case ClientWrote wrote when wrote.file() != null ->
                    replies.postFile(forum.id(), thread, wrote.file().id(), wrote.file().filename(), line);
            case TicketEscalated escalated -> {
                // Only here: Discord allows about two renames of a channel per ten minutes.
                forum.rename(thread, card.topicName(escalated.ticket(), StaffForum.MAX_POST_NAME));
                replies.post(forum.id(), thread, line, List.of());
            }
            default -> replies.post(forum.id(), thread, line, List.of());
        }
    }
}
