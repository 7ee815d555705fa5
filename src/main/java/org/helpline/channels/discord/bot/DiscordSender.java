package org.helpline.channels.discord.bot;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import net.dv8tion.jda.api.JDA;
import net.dv8tion.jda.api.components.actionrow.ActionRow;
import net.dv8tion.jda.api.components.buttons.Button;
import net.dv8tion.jda.api.entities.Message;
import net.dv8tion.jda.api.entities.channel.middleman.MessageChannel;
import net.dv8tion.jda.api.exceptions.ErrorResponseException;
import net.dv8tion.jda.api.exceptions.RateLimitedException;
import net.dv8tion.jda.api.utils.FileUpload;
import net.dv8tion.jda.api.utils.messages.MessageCreateBuilder;
import org.helpline.outbox.Delivery;
import org.helpline.outbox.Destination;
import org.helpline.outbox.OutboxChannel;
import org.helpline.outbox.OutgoingMessage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends the outbox's Discord messages into clients' direct messages (a destination's chat is the user's id) or into
 * staff forum posts (a destination's thread), once each, and judges Discord's answer. Pacing is JDA's own: it keeps Discord's rate-limit buckets, and asked not to
 * wait ({@code complete(false)}) it reports a 429 with its retry-after, which holds the chat. Discord's own failures
 * (5xx) and an unreachable or not yet connected Discord are tried again; any other refusal — 50007, the client's DMs
 * are closed — is for good.
 */
public class DiscordSender implements OutboxChannel {

    /** Discord's longest message text. */
    public static final int MAX_TEXT = Message.MAX_CONTENT_LENGTH;
    /** Discord's "Cannot send messages to this user": DMs closed, or the bot shares no server with them. */
    private static final int DMS_CLOSED = 50007;
    /** Discord's "Unknown Channel". */
    private static final int UNKNOWN_CHANNEL = 10003;
    private static final int PER_ROW = 5;
    private static final int ROWS = 5;

    private static final Logger log = LoggerFactory.getLogger(DiscordSender.class);

    private final DiscordBot bot;

    DiscordSender(DiscordBot bot) {
        this.bot = bot;
    }

    @Override
    public String channel() {
        return DiscordReplies.CHANNEL;
    }

    /** Never holds a message back itself: JDA queues requests within Discord's buckets. */
    @Override
    public Duration pace(Destination to) {
        return Duration.ZERO;
    }

    @Override
    public Delivery send(OutgoingMessage message, byte[] attachment) {
        JDA jda = bot.jda().orElse(null);
        if (jda == null) {
            return new Delivery.Unavailable("not connected to Discord");
        }
        try {
            MessageChannel channel = message.to().thread() == null
                    ? jda.openPrivateChannelById(message.to().chatId()).complete(false)
                    : jda.getThreadChannelById(message.to().thread());
            if (channel == null) {
                // Deleted, or not seen since start-up: the staff feed makes the post again, with its history.
                return new Delivery.Refused(UNKNOWN_CHANNEL + " Unknown Channel (forum post " + message.to().thread() + ")");
            }
            MessageCreateBuilder content = new MessageCreateBuilder().setContent(message.text())
                    .setComponents(rows(message.buttons()));
            if (attachment != null) {
                content.addFiles(FileUpload.fromData(attachment, message.filename()));
            }
            return new Delivery.Sent(channel.sendMessage(content.build()).complete(false).getId());
        } catch (RateLimitedException e) {
            return new Delivery.RetryAfter(Duration.ofMillis(Math.max(1, e.getRetryAfter())), e.getMessage());
        } catch (ErrorResponseException e) {
            String error = e.getErrorCode() + " " + e.getMeaning();
            return e.isServerError() ? new Delivery.Unavailable(error) : new Delivery.Refused(error);
        } catch (RuntimeException e) {
            // JDA reports a network failure unchecked; /support's direct send needs a verdict, not an exception.
            return new Delivery.Unavailable(String.valueOf(e));
        }
    }

    /** True when Discord refused the message because the client's DMs are closed to the bot. */
    public static boolean dmsClosed(Delivery delivery) {
        return delivery instanceof Delivery.Refused refused && refused.error().startsWith(DMS_CLOSED + " ");
    }

    /**
     * The buttons as rows: one a row while they fit Discord's five rows (easy to read and to tap), else five a row;
     * labels cut to Discord's 80 characters. The intake's values are at most 64 bytes, within the 100 of a custom id.
     */
    public static List<ActionRow> rows(List<org.helpline.conversation.Button> buttons) {
        List<Button> components = new ArrayList<>();
        for (org.helpline.conversation.Button button : buttons) {
            if (components.size() == PER_ROW * ROWS) {
                log.warn("Discord takes at most {} buttons under a message; {} left out", PER_ROW * ROWS,
                        buttons.size() - components.size());
                break;
            }
            components.add(Button.primary(button.value(), label(button.label())));
        }
        int perRow = components.size() <= ROWS ? 1 : PER_ROW;
        List<ActionRow> rows = new ArrayList<>();
        for (int i = 0; i < components.size(); i += perRow) {
            rows.add(ActionRow.of(components.subList(i, Math.min(i + perRow, components.size()))));
        }
        return rows;
    }

    private static String label(String label) {
        return label.length() <= Button.LABEL_MAX_LENGTH ? label
                : label.substring(0, Button.LABEL_MAX_LENGTH - 1).stripTrailing() + "…";
    }
}
