package org.helpline.channels.discord.staff;

import java.util.List;
import java.util.Optional;

import net.dv8tion.jda.api.JDA;
import net.dv8tion.jda.api.entities.Member;
import net.dv8tion.jda.api.entities.channel.concrete.ForumChannel;
import net.dv8tion.jda.api.entities.channel.concrete.ThreadChannel;
import net.dv8tion.jda.api.entities.channel.middleman.MessageChannel;
import net.dv8tion.jda.api.utils.messages.MessageCreateBuilder;
import org.helpline.channels.discord.bot.DiscordBot;
import org.helpline.channels.discord.bot.DiscordSender;
import org.helpline.conversation.Button;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The staff forum as JDA sees it: who counts as staff (a member of its server who can view it, by their roles and
 * the forum's permission overrides — no list of engineers is kept anywhere), its posts, and making one.
 */
class StaffForum {

    private static final Logger log = LoggerFactory.getLogger(StaffForum.class);

    /** Discord's longest post (thread) name. */
    static final int MAX_POST_NAME = 100;

    private final DiscordBot bot;
    private final String forumId;

    StaffForum(DiscordBot bot, String forumId) {
        this.bot = bot;
        this.forumId = forumId;
    }

    String id() {
        return forumId;
    }

    /** Whether the channel is one of the forum's posts. */
    boolean holds(MessageChannel channel) {
        return channel instanceof ThreadChannel thread && thread.getParentChannel().getId().equals(forumId);
    }

    /** Whether the member may work here: a person, not a bot, who can view the forum. */
    boolean isStaff(Member member) {
        return member != null && !member.getUser().isBot() && forum().map(member::hasAccess).orElse(false);
    }

    /** The post, while it exists; empty once deleted. */
    Optional<ThreadChannel> post(String threadId) {
        return bot.jda().map(jda -> jda.getThreadChannelById(threadId));
    }

    /** Makes a post opened by {@code text} with the buttons under it; returns its thread id. */
    String create(String name, String text, List<Button> buttons) {
        ForumChannel forum = forum().orElseThrow(() -> new IllegalStateException(
                "The Discord staff forum " + forumId + " is not visible to the bot (not connected, or not a forum)"));
        var opening = new MessageCreateBuilder().setContent(text).setComponents(DiscordSender.rows(buttons)).build();
        return forum.createForumPost(name, opening).complete().getThreadChannel().getId();
    }

    /**
     * Renames the post; JDA holds the request back while Discord's per-channel limit on renames is reached. A failed
     * rename is only logged: the post's name carries no state.
     */
    void rename(String threadId, String name) {
        post(threadId).ifPresent(thread -> thread.getManager().setName(name).queue(null, failure ->
                log.warn("Could not rename the Discord staff post {} to «{}»", threadId, name, failure)));
    }

    private Optional<ForumChannel> forum() {
        return bot.jda().map(jda -> jda.getForumChannelById(forumId));
    }

    /** Whether the bot is connected, so that a missing post means a deleted one. */
    boolean connected() {
        return bot.jda().map(jda -> jda.getStatus() == JDA.Status.CONNECTED).orElse(false);
    }
}
