package org.helpline.channels.discord;

import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.helpline.channels.discord.FakeDiscord.Sent;
import org.helpline.testing.AwaitedReplies;
import org.helpline.testing.Images;
import org.helpline.testing.IntakeWalk;

/**
 * One client's direct messages with the bot, through the fake Discord: send a message, press a button, then wait for
 * the bot's answer that contains a marker (in its text or among its buttons' custom ids).
 */
final class DmChat {

    private final FakeDiscord discord;
    private final String userId = "1" + ThreadLocalRandom.current().nextLong(10_000_000_000_000_000L, 99_999_999_999_999_999L);
    private final String locale;
    private final AwaitedReplies<Sent> replies = new AwaitedReplies<>(this::sent,
            (sent, marker) -> sent.content().contains(marker) || sent.buttons().contains(marker));

    DmChat(FakeDiscord discord) {
        this(discord, "ru");
    }

    DmChat(FakeDiscord discord, String locale) {
        this.discord = discord;
        this.locale = locale;
    }

    String userId() {
        return userId;
    }

    String channelId() {
        return DiscordObjects.dmChannel(userId);
    }

    /** A MESSAGE_CREATE of the client's text in their DMs. */
    ObjectNode text(String text) {
        return discord.objects().message(channelId(), DiscordObjects.user(userId, false), text);
    }

    /** A message with one attachment served by the fake, whose metadata says {@code declaredSize}. */
    ObjectNode attachment(String filename, String contentType, byte[] bytes, long declaredSize) {
        ObjectNode message = text("");
        message.withArray("attachments").add(discord.objects().attachment(filename, contentType, declaredSize,
                discord.file(filename, bytes)));
        return message;
    }

    ObjectNode attachment(String filename, String contentType, byte[] bytes) {
        return attachment(filename, contentType, bytes, bytes.length);
    }

    ObjectNode press(String customId) {
        return discord.objects().press(userId, customId, locale);
    }

    /** Delivers a MESSAGE_CREATE and returns the bot's messages up to the first that matches a marker. */
    List<Sent> send(ObjectNode message, String... markers) {
        discord.dispatch("MESSAGE_CREATE", message);
        return awaitReply(markers);
    }

    List<Sent> say(String text, String... markers) {
        return send(text(text), markers);
    }

    /** Delivers an INTERACTION_CREATE of a button press and returns the bot's answer. */
    List<Sent> press(String customId, String... markers) {
        discord.dispatch("INTERACTION_CREATE", press(customId));
        return awaitReply(markers);
    }

    /** The messages posted since the last answer waited for, up to the first that matches one of {@code markers}. */
    List<Sent> awaitReply(String... markers) {
        return replies.next(markers);
    }

    /** Everything the bot posted into these DMs. */
    List<Sent> sent() {
        return discord.sent(channelId());
    }

    /** Walks from the first message to the screenshot question. */
    void walkToScreenshot() {
        IntakeWalk.toScreenshot("Здравствуйте", this::say, this::press, last -> last.buttons().contains("kb:continue"));
    }

    /** Walks a whole intake with a screenshot to the registered ticket; returns its number. */
    String fileTicket() {
        walkToScreenshot();
        send(attachment("screen.png", "image/png", Images.png()), "files:done");
        press("files:done", "priority:urgent");
        press("priority:urgent", "summary:confirm");
        String registered = press("summary:confirm", "зарегистрирована").getLast().content();
        return registered.replaceAll("(?s).*?(HL-\\d{6}).*", "$1");
    }
}
