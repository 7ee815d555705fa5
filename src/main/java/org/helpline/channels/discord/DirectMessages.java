package org.helpline.channels.discord;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import net.dv8tion.jda.api.entities.Message;
import net.dv8tion.jda.api.interactions.DiscordLocale;
import org.helpline.attachments.AttachmentSettings;
import org.helpline.conversation.ConversationBusyException;
import org.helpline.conversation.Conversations;
import org.helpline.conversation.Inbound;
import org.helpline.dialogs.Dialogs;
import org.helpline.dialogs.Texts;
import org.helpline.intake.IntakeInput;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.util.unit.DataSize;

/**
 * What clients send the bot in direct messages, taken through the intake as the Telegram channel does: anything in
 * a DM without a conversation opens one with its greeting; text, pressed buttons and attachments then go to
 * {@link Conversations#receive} with the message or interaction id as the external id. A DM's chat id is the
 * client's user id, which reaches their DMs from anywhere ({@code /support} in a server too).
 */
class DirectMessages {

    private static final Logger log = LoggerFactory.getLogger(DirectMessages.class);
    private static final String CHANNEL = DiscordGateway.CHANNEL;
    private static final String UNSUPPORTED = "discord.unsupported";
    private static final String SUPPORT_SENT = "discord.support_sent";
    private static final String DMS_CLOSED = "discord.dms_closed";
    private static final String REFUSED_SIZE = "screenshot.refused_size";
    private static final String BUSY = "errors.busy";
    private static final String UNAVAILABLE = "common.unavailable";

    private final Conversations conversations;
    private final Dialogs dialogs;
    private final DiscordReplies replies;
    private final AttachmentDownloads downloads;
    private final long maxFileBytes;

    DirectMessages(Conversations conversations, Dialogs dialogs, AttachmentSettings attachments, DiscordReplies replies,
                   AttachmentDownloads downloads) {
        this.conversations = conversations;
        this.dialogs = dialogs;
        this.replies = replies;
        this.downloads = downloads;
        this.maxFileBytes = attachments.maxSize().toBytes();
        dialogs.require(List.of(UNSUPPORTED, SUPPORT_SENT, DMS_CLOSED, REFUSED_SIZE, BUSY, UNAVAILABLE));
    }

    /** A message in the client's DMs: text, attachments (each judged on its own, the text beside them unread), or neither. */
    void received(Message message) {
        String chatId = message.getAuthor().getId();
        if (opened(chatId, null)) {
            return;
        }
        List<Message.Attachment> attachments = message.getAttachments();
        if (!attachments.isEmpty()) {
            for (int i = 0; i < attachments.size(); i++) {
                attach(chatId, i == 0 ? message.getId() : message.getId() + "#" + i, attachments.get(i));
            }
        } else if (!message.getContentRaw().isBlank()) {
            converse(chatId, message.getId(), IntakeInput.text(message.getContentRaw()));
        } else {
            // A sticker, a poll, an embed only: nothing the intake can read.
            replies.say(chatId, texts(chatId).get(UNSUPPORTED));
            conversations.currentQuestion(CHANNEL, chatId).ifPresent(question -> replies.send(chatId, List.of(question)));
        }
    }

    /** A button pressed under one of the bot's DM messages, already acknowledged. */
    void pressed(String chatId, String interactionId, String value, DiscordLocale locale) {
        if (!opened(chatId, locale)) {
            converse(chatId, interactionId, IntakeInput.action(value));
        }
    }

    /**
     * {@code /support}, in a server or in the DMs, already acknowledged: opens the client's conversation in their DMs,
     * or starts a new request in it as {@code /start} does. Returns what to answer where the command was given: that
     * the bot wrote to them, or how to open their DMs when Discord refuses (the client can simply try again).
     */
    String support(String chatId, String interactionId, DiscordLocale locale) {
        var messages = conversations.exists(CHANNEL, chatId)
                ? conversations.receive(new Inbound(CHANNEL, chatId, interactionId, IntakeInput.text("/start"))).messages()
                : conversations.open(CHANNEL, chatId, language(locale));
        boolean closed = DiscordSender.dmsClosed(replies.sendFirstNow(chatId, messages));
        return texts(chatId).get(closed ? DMS_CLOSED : SUPPORT_SENT);
    }

    /** Opens the chat's conversation with its greeting if it has none; true if it did (the event is then spent). */
    private boolean opened(String chatId, DiscordLocale locale) {
        if (conversations.exists(CHANNEL, chatId)) {
            return false;
        }
        replies.send(chatId, conversations.open(CHANNEL, chatId, language(locale)));
        return true;
    }

    /** A file's size is checked from Discord's metadata before it is fetched; the intake inspects the bytes of those that fit. */
    private void attach(String chatId, String externalId, Message.Attachment attachment) {
        Optional<byte[]> bytes;
        try {
            bytes = attachment.getSize() > maxFileBytes ? Optional.empty()
                    : downloads.fetch(attachment.getUrl(), maxFileBytes);
        } catch (IOException e) {
            log.error("Could not fetch attachment {} from Discord chat {}", attachment.getId(), chatId, e);
            replies.say(chatId, texts(chatId).get(UNAVAILABLE));
            return;
        }
        if (bytes.isEmpty()) {
            replies.say(chatId, texts(chatId).get(REFUSED_SIZE, Map.of("max_mb", DataSize.ofBytes(maxFileBytes).toMegabytes())));
            return;
        }
        converse(chatId, externalId, IntakeInput.file(bytes.get(), attachment.getFileName()));
    }

    private void converse(String chatId, String externalId, IntakeInput input) {
        try {
            replies.send(chatId, conversations.receive(new Inbound(CHANNEL, chatId, externalId, input)).messages());
        } catch (ConversationBusyException busy) {
            replies.say(chatId, texts(chatId).get(BUSY));
        }
    }

    private Texts texts(String chatId) {
        return dialogs.texts(conversations.language(CHANNEL, chatId).orElse(dialogs.defaultLanguage()));
    }

    /** English for clients whose Discord speaks English, Russian for everyone else (a DM message carries no locale). */
    static String language(DiscordLocale locale) {
        return locale != null && locale.getLocale().startsWith("en") ? "en" : "ru";
    }
}
