package org.helpline.channels.discord.client;

import java.io.IOException;
import java.util.List;
import java.util.Optional;

import net.dv8tion.jda.api.entities.Message;
import net.dv8tion.jda.api.interactions.DiscordLocale;
import org.helpline.attachments.AttachmentSettings;
import org.helpline.channels.ClientChats;
import org.helpline.channels.discord.bot.DiscordReplies;
import org.helpline.channels.discord.bot.DiscordSender;
import org.helpline.conversation.Conversations;
import org.helpline.conversation.Inbound;
import org.helpline.conversation.Input;
import org.helpline.dialogs.Dialogs;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What clients send the bot in direct messages, taken through the intake as the Telegram channel does: anything in
 * a DM without a conversation opens one with its greeting; text, pressed buttons and attachments then go to
 * {@link Conversations#receive} with the message or interaction id as the external id. A DM's chat id is the
 * client's user id, which reaches their DMs from anywhere ({@code /support} in a server too).
 */
class DirectMessages {

    private static final Logger log = LoggerFactory.getLogger(DirectMessages.class);
    private static final String CHANNEL = DiscordReplies.CHANNEL;
    private static final String UNSUPPORTED = "discord.unsupported";
    private static final String SUPPORT_SENT = "discord.support_sent";
    private static final String DMS_CLOSED = "discord.dms_closed";

    private final Conversations conversations;
    private final ClientChats chats;
    private final DiscordReplies replies;
    private final AttachmentDownloads downloads;
    private final long maxFileBytes;

    DirectMessages(Conversations conversations, Dialogs dialogs, AttachmentSettings attachments, DiscordReplies replies,
                   AttachmentDownloads downloads) {
        this.conversations = conversations;
        this.chats = new ClientChats(CHANNEL, conversations, dialogs, replies, UNSUPPORTED);
        this.replies = replies;
        this.downloads = downloads;
        this.maxFileBytes = attachments.maxSize().toBytes();
        dialogs.require(List.of(SUPPORT_SENT, DMS_CLOSED));
    }

    /** A message in the client's DMs: text, attachments (each judged on its own, the text beside them unread), or neither. */
    void received(Message message) {
        String chatId = message.getAuthor().getId();
        if (chats.opened(chatId, language(null))) {
            return;
        }
        List<Message.Attachment> attachments = message.getAttachments();
        if (!attachments.isEmpty()) {
            for (int i = 0; i < attachments.size(); i++) {
                attach(chatId, i == 0 ? message.getId() : message.getId() + "#" + i, attachments.get(i));
            }
        } else if (!message.getContentRaw().isBlank()) {
            chats.converse(chatId, message.getId(), Input.text(message.getContentRaw()));
        } else {
            // A sticker, a poll, an embed only: nothing the intake can read.
            chats.unsupported(chatId);
        }
    }

    /** A button pressed under one of the bot's DM messages, or one of the intake's commands there; already acknowledged. */
    void interacted(String chatId, String interactionId, Input input, DiscordLocale locale) {
        if (!chats.opened(chatId, language(locale))) {
            chats.converse(chatId, interactionId, input);
        }
    }

    /**
     * {@code /support}, in a server or in the DMs, already acknowledged: opens the client's conversation in their DMs,
     * or starts a new request in it as {@code /start} does. Returns what to answer where the command was given: that
     * the bot wrote to them, or how to open their DMs when Discord refuses (the client can simply try again).
     */
    String support(String chatId, String interactionId, DiscordLocale locale) {
        var messages = conversations.exists(CHANNEL, chatId)
                ? conversations.receive(new Inbound(CHANNEL, chatId, interactionId, Input.text("/start"))).messages()
                : conversations.open(CHANNEL, chatId, language(locale));
        boolean closed = DiscordSender.dmsClosed(replies.sendFirstNow(chatId, messages));
        return chats.texts(chatId).get(closed ? DMS_CLOSED : SUPPORT_SENT);
    }

    /** A file's size is checked from Discord's metadata before it is fetched; the intake inspects the bytes of those that fit. */
    private void attach(String chatId, String externalId, Message.Attachment attachment) {
        Optional<byte[]> bytes;
        try {
            bytes = attachment.getSize() > maxFileBytes ? Optional.empty()
                    : downloads.fetch(attachment.getUrl(), maxFileBytes);
        } catch (IOException e) {
            log.error("Could not fetch attachment {} from Discord chat {}", attachment.getId(), chatId, e);
            chats.unavailable(chatId);
            return;
        }
        // A file too large to fetch is refused by the intake, in the transcript, as on every channel.
        chats.converse(chatId, externalId, bytes.map(fetched -> Input.file(fetched, attachment.getFileName()))
                .orElseGet(() -> Input.tooLargeToFetch(attachment.getFileName())));
    }

    /** English for clients whose Discord speaks English, Russian for everyone else (a DM message carries no locale). */
    private static String language(DiscordLocale locale) {
        return ClientChats.language(locale == null ? null : locale.getLocale());
    }
}
