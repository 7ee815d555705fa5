package org.helpline.channels.discord;

import java.time.Duration;
import java.util.List;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.helpline.channels.discord.FakeDiscord.Post;
import org.helpline.channels.discord.FakeDiscord.Sent;
import org.helpline.testing.AwaitedReplies;

import static org.awaitility.Awaitility.await;

/**
 * One ticket's post in the fake Discord's staff forum, as the members of the server see it: what the bot posted
 * there, read answer by answer, and what a member does in it (press a button under the card, submit a form, write).
 */
final class ForumPost {

    private final FakeDiscord discord;
    private final Post post;
    private final AwaitedReplies<Sent> lines;

    private ForumPost(FakeDiscord discord, Post post) {
        this.discord = discord;
        this.post = post;
        this.lines = new AwaitedReplies<>(this::sent, (sent, marker) -> sent.content().contains(marker)
                || sent.buttons().contains(marker) || sent.files().contains(marker));
    }

    /** The post made for the ticket after the first {@code skip} of its posts (0: its first post). */
    static ForumPost awaitMade(FakeDiscord discord, String number, int skip) {
        Post post = await().atMost(Duration.ofSeconds(15)).until(() -> discord.posts().stream()
                .filter(made -> made.name().startsWith(number + " ")).skip(skip).findFirst(), made -> made.isPresent())
                .orElseThrow();
        return new ForumPost(discord, post);
    }

    String threadId() {
        return post.threadId();
    }

    String name() {
        return post.name();
    }

    String forumId() {
        return post.forumId();
    }

    /** Everything the bot posted here. */
    List<Sent> sent() {
        return discord.sent(post.threadId());
    }

    /** The bot's messages here since the last wait, up to the first carrying a marker (text, button id or file). */
    List<Sent> awaitLine(String... markers) {
        return lines.next(markers);
    }

    /** A member (nicknamed {@code nick}, with {@code roles}) presses a button under the card; returns the interaction. */
    ObjectNode press(String userId, String nick, String customId, String... roles) {
        ObjectNode press = discord.objects().postPress(post.threadId(), userId, customId, roles);
        press.with("member").put("nick", nick);
        discord.dispatch("INTERACTION_CREATE", press);
        return press;
    }

    /** A member submits the form {@code formId} with {@code value} in its field {@code fieldId}. */
    ObjectNode submit(String userId, String nick, String formId, String fieldId, String value, String... roles) {
        ObjectNode form = discord.objects().formSubmit(post.threadId(), userId, formId, fieldId, value, roles);
        form.with("member").put("nick", nick);
        discord.dispatch("INTERACTION_CREATE", form);
        return form;
    }

    /** A member writes a message in the post. */
    void write(String userId, String nick, String text, String... roles) {
        discord.dispatch("MESSAGE_CREATE", message(userId, nick, text, roles));
    }

    /** A member sends a file, without text, into the post. */
    void sendFile(String userId, String nick, String filename, byte[] bytes, String... roles) {
        ObjectNode message = message(userId, nick, "", roles);
        message.withArray("attachments").add(discord.objects().attachment(filename, "image/png", bytes.length,
                discord.file(filename, bytes)));
        discord.dispatch("MESSAGE_CREATE", message);
    }

    private ObjectNode message(String userId, String nick, String text, String... roles) {
        ObjectNode message = discord.objects().postMessage(post.threadId(), userId, text, roles);
        message.with("member").put("nick", nick);
        return message;
    }
}
