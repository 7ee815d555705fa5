package org.helpline.channels.telegram.client;

import java.io.IOException;
import java.util.Comparator;
import java.util.Optional;
import java.util.regex.Pattern;

import org.helpline.attachments.AttachmentSettings;
import org.helpline.channels.ClientChats;
import org.helpline.conversation.Conversations;
import org.helpline.conversation.Input;
import org.helpline.dialogs.Dialogs;
import org.helpline.channels.telegram.botapi.TelegramApi;
import org.helpline.channels.telegram.botapi.TelegramReplies;
import org.helpline.channels.telegram.botapi.TelegramUpdateHandler;
import org.helpline.channels.telegram.botapi.TelegramUpdates;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.util.unit.DataSize;
import org.telegram.telegrambots.meta.api.objects.CallbackQuery;
import org.telegram.telegrambots.meta.api.objects.Update;
import org.telegram.telegrambots.meta.api.objects.User;
import org.telegram.telegrambots.meta.api.objects.message.Message;
import org.telegram.telegrambots.meta.api.objects.photo.PhotoSize;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;

/**
 * What clients send the bot in private chats, taken through the intake. {@code /start} (or anything) in a chat
 * without a conversation opens one with its greeting; text, pressed buttons and files then go to
 * {@link Conversations#receive} with the update id as the external id, so a redelivered update has one effect.
 *
 * <p>An update received before — redelivered after a restart too — never gets here: {@link TelegramUpdates}
 * skips it; the conversation's ledger is a second guard.
 */
class ClientUpdates implements TelegramUpdateHandler {

    private static final Logger log = LoggerFactory.getLogger(ClientUpdates.class);
    private static final String CHANNEL = TelegramReplies.CHANNEL;
    private static final String UNSUPPORTED = "telegram.unsupported";
    /** The Bot API serves no file larger than this. */
    private static final DataSize BOT_API_DOWNLOAD_LIMIT = DataSize.ofMegabytes(20);
    private static final Pattern START = Pattern.compile("(?i)/start(@\\w+)?(\\s.*)?", Pattern.DOTALL);

    private final ClientChats chats;
    private final TelegramApi api;
    private final long maxFileBytes;

    ClientUpdates(Conversations conversations, Dialogs dialogs, AttachmentSettings attachments, TelegramApi api,
                  TelegramReplies replies) {
        this.chats = new ClientChats(CHANNEL, conversations, dialogs, replies, UNSUPPORTED);
        this.api = api;
        this.maxFileBytes = Math.min(attachments.maxSize().toBytes(), BOT_API_DOWNLOAD_LIMIT.toBytes());
    }

    /** Every update the staff side does not take. */
    @Override
    public boolean concerns(Update update) {
        return true;
    }

    @Override
    public int getOrder() {
        return LOWEST_PRECEDENCE;
    }

    @Override
    public void handle(Update update) {
        try {
            if (update.hasCallbackQuery()) {
                pressed(update.getUpdateId(), update.getCallbackQuery());
            } else if (update.hasMessage()) {
                received(update.getUpdateId(), update.getMessage());
            } else if (update.hasEditedMessage()) {
                log.info("Edited message in Telegram chat {} ignored: the intake has taken the first version",
                        update.getEditedMessage().getChatId());
            } else {
                log.debug("Telegram update {} is of a kind the client channel does not handle", update.getUpdateId());
            }
        } catch (RuntimeException e) {
            log.error("Telegram update {} failed", update.getUpdateId(), e);
        }
    }

    private void pressed(int updateId, CallbackQuery query) {
        // Answered first: the client's button stops spinning while the intake works.
        try {
            api.answer(query.getId());
        } catch (TelegramApiException e) {
            log.warn("Could not answer Telegram callback {}", query.getId(), e);
        }
        if (query.getMessage() != null && !query.getMessage().isUserMessage()) {
            return;
        }
        String chatId = TelegramUpdates.chatOf(query);
        if (!chats.opened(chatId, language(query.getFrom())) && query.getData() != null) {
            chats.converse(chatId, String.valueOf(updateId), Input.action(query.getData()));
        }
    }

    private void received(int updateId, Message message) {
        if (!message.isUserMessage()) {
            log.debug("Message in non-private Telegram chat {} ignored", message.getChatId());
            return;
        }
        String chatId = String.valueOf(message.getChatId());
        if (chats.opened(chatId, language(message.getFrom()))) {
            return;
        }
        if (message.hasText()) {
            // Looked at directly: in TelegramBots 10.2.0 isCommand() misses "/start" until getEntities() is called.
            String text = START.matcher(message.getText().strip()).matches() ? "/start" : message.getText();
            chats.converse(chatId, String.valueOf(updateId), Input.text(text));
        } else if (message.hasPhoto()) {
            PhotoSize largest = message.getPhoto().stream()
                    .max(Comparator.comparingLong(size -> (long) size.getWidth() * size.getHeight())).orElseThrow();
            attach(chatId, updateId, largest.getFileId(), largest.getFileSize() == null ? null : largest.getFileSize().longValue(),
                    "photo-" + message.getMessageId() + ".jpg");
        } else if (message.hasDocument() && !message.hasAnimation()) {
            var document = message.getDocument();
            attach(chatId, updateId, document.getFileId(), document.getFileSize(),
                    document.getFileName() == null ? "document" : document.getFileName());
        } else if (message.hasSticker() || message.hasVoice() || message.hasVideo() || message.hasVideoNote()
                || message.hasAudio() || message.hasAnimation() || message.hasLocation() || message.hasContact()
                || message.hasPoll() || message.hasDice() || message.getVenue() != null) {
            chats.unsupported(chatId);
        } else {
            log.debug("Service message in Telegram chat {} ignored", chatId);
        }
    }

    /** A file's size is checked before it is fetched; the intake inspects the bytes of those that fit. */
    private void attach(String chatId, int updateId, String fileId, Long declaredSize, String filename) {
        Optional<byte[]> bytes;
        try {
            bytes = declaredSize != null && declaredSize > maxFileBytes ? Optional.empty() : api.download(fileId, maxFileBytes);
        } catch (TelegramApiException | IOException e) {
            log.error("Could not fetch file {} from Telegram chat {}", fileId, chatId, e);
            chats.unavailable(chatId);
            return;
        }
        // A file too large to fetch is refused by the intake, in the transcript, as on every channel.
        chats.converse(chatId, String.valueOf(updateId), bytes.map(fetched -> Input.file(fetched, filename))
                .orElseGet(() -> Input.tooLargeToFetch(filename)));
    }

    /** The language the client's Telegram app speaks, if offered. */
    private String language(User from) {
        return chats.language(from == null ? null : from.getLanguageCode());
    }
}
