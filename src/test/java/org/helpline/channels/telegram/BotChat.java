package org.helpline.channels.telegram;

import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.helpline.channels.telegram.FakeBotApi.Sent;
import org.helpline.testing.AwaitedReplies;
import org.helpline.testing.Images;
import org.helpline.testing.IntakeWalk;

/**
 * One client's private chat with the bot, through the fake Bot API: send something, then wait for the bot's
 * answer that contains a marker (in its text or among its button values).
 */
public final class BotChat {

    private final FakeBotApi api;
    private final long id = ThreadLocalRandom.current().nextLong(1_000_000, Long.MAX_VALUE / 2);
    private final AwaitedReplies<Sent> replies = new AwaitedReplies<>(this::sent,
            (sent, marker) -> sent.text().contains(marker) || sent.buttons().contains(marker));

    public BotChat(FakeBotApi api) {
        this.api = api;
    }

    public BotChat(FakeBotApi api, String languageCode) {
        this(api);
        api.language(id, languageCode);
    }

    public long id() {
        return id;
    }

    /** Delivers the update and returns the bot's messages up to the first one that matches a marker. */
    public List<Sent> send(ObjectNode update, String... markers) {
        api.deliver(update);
        return awaitReply(markers);
    }

    public List<Sent> say(String text, String... markers) {
        return send(api.text(id, text), markers);
    }

    public List<Sent> press(String value, String... markers) {
        return send(api.press(id, value), markers);
    }

    /** The messages sent since the last answer waited for, up to the first that matches one of {@code markers}. */
    public List<Sent> awaitReply(String... markers) {
        return replies.next(markers);
    }

    /** Everything the bot sent to this chat. */
    public List<Sent> sent() {
        return api.sent(id);
    }

    /** Walks from /start to the screenshot question. */
    public void walkToScreenshot() {
        IntakeWalk.toScreenshot("/start", this::say, this::press, last -> last.buttons().contains("kb:continue"));
    }

    /** Walks a whole intake with a photo to the ticket at {@code priority}; returns the registration message. */
    public String fileTicket(String priority) {
        walkToScreenshot();
        send(api.photo(id, Images.jpeg()), "files:done");
        press("files:done", "priority:urgent");
        press("priority:" + priority, "summary:confirm");
        return press("summary:confirm", "зарегистрирована").getLast().text();
    }
}
