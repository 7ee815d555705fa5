package org.helpline.channels.discord;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import net.dv8tion.jda.api.JDA;
import net.dv8tion.jda.api.components.actionrow.ActionRow;
import net.dv8tion.jda.api.components.buttons.Button;
import net.dv8tion.jda.api.entities.Message;
import net.dv8tion.jda.api.entities.channel.concrete.PrivateChannel;
import net.dv8tion.jda.api.exceptions.ErrorResponseException;
import net.dv8tion.jda.api.exceptions.RateLimitedException;
import net.dv8tion.jda.api.utils.FileUpload;
import net.dv8tion.jda.api.utils.messages.MessageCreateBuilder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends one message into a client's direct messages, once, and judges Discord's answer. JDA keeps Discord's
 * rate-limit buckets itself; asked not to wait ({@code complete(false)}), it reports a 429 with its retry-after
 * instead of blocking. Discord's own failures (5xx) and an unreachable Discord are worth another try; any other
 * refusal — 50007, the client's DMs are closed — is for good.
 */
class DiscordSender {

    /** What became of one attempt. */
    sealed interface Result {
        record Sent(String messageId) implements Result {
        }

        record RetryAfter(Duration pause, String error) implements Result {
        }

        record Unavailable(String error) implements Result {
        }

        /** {@code code} is Discord's JSON error code, 50007 for closed DMs; 0 when there is none. */
        record Refused(int code, String error) implements Result {
        }
    }

    /** Discord's longest message text. */
    static final int MAX_TEXT = Message.MAX_CONTENT_LENGTH;
    /** Discord's "Cannot send messages to this user": DMs closed, or the bot shares no server with them. */
    static final int DMS_CLOSED = 50007;
    private static final int PER_ROW = 5;
    private static final int ROWS = 5;

    private static final Logger log = LoggerFactory.getLogger(DiscordSender.class);

    private final DiscordBot bot;

    DiscordSender(DiscordBot bot) {
        this.bot = bot;
    }

    /** Sends a text with buttons under it (and a file, when {@code file} is set) to the user's DMs. */
    Result send(String userId, String text, List<org.helpline.intake.Button> buttons, byte[] file, String filename) {
        JDA jda = bot.jda().orElse(null);
        if (jda == null) {
            return new Result.Unavailable("not connected to Discord");
        }
        try {
            PrivateChannel dm = jda.openPrivateChannelById(userId).complete(false);
            MessageCreateBuilder message = new MessageCreateBuilder().setContent(text).setComponents(rows(buttons));
            if (file != null) {
                message.addFiles(FileUpload.fromData(file, filename));
            }
            return new Result.Sent(dm.sendMessage(message.build()).complete(false).getId());
        } catch (RateLimitedException e) {
            return new Result.RetryAfter(Duration.ofMillis(Math.max(1, e.getRetryAfter())), e.getMessage());
        } catch (ErrorResponseException e) {
            String error = e.getErrorCode() + " " + e.getMeaning();
            return e.isServerError() ? new Result.Unavailable(error) : new Result.Refused(e.getErrorCode(), error);
        } catch (RuntimeException e) {
            return new Result.Unavailable(String.valueOf(e));
        }
    }

    /**
     * The buttons as rows: one a row while they fit Discord's five rows (easy to read and to tap), else five a row;
     * labels cut to Discord's 80 characters. The intake's values are at most 64 bytes, within the 100 of a custom id.
     */
    static List<ActionRow> rows(List<org.helpline.intake.Button> buttons) {
        if (buttons == null || buttons.isEmpty()) {
            return List.of();
        }
        List<Button> components = new ArrayList<>();
        for (org.helpline.intake.Button button : buttons) {
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
