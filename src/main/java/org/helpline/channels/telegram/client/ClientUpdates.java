package org.helpline.channels.telegram.client;

import java.io.IOException;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

import org.helpline.attachments.AttachmentSettings;
import org.helpline.conversation.ConversationBusyException;
import org.helpline.conversation.Conversations;
import org.helpline.conversation.Inbound;
import org.helpline.conversation.Input;
import org.helpline.dialogs.Dialogs;
import org.helpline.dialogs.Texts;
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
    private static final String BUSY = "errors.busy";
    private static final String UNAVAILABLE = "common.unavailable";
    /** The Bot API serves no file larger than this. */
    private static final DataSize BOT_API_DOWNLOAD_LIMIT = DataSize.ofMegabytes(20);
    private static final Pattern START = Pattern.compile("(?i)/start(@\\w+)?(\\s.*)?", Pattern.DOTALL);

    private final Conversations conversations;
    private final Dialogs dialogs;
    private final TelegramApi api;
    private final TelegramReplies replies;
    private final long maxFileBytes;

    ClientUpdates(Conversations conversations, Dialogs dialogs, AttachmentSettings attachments, TelegramApi api,
                  TelegramReplies replies) {
        this.conversations = conversations;
        this.dialogs = dialogs;
        this.api = api;
        this.replies = replies;
        this.maxFileBytes = Math.min(attachments.maxSize().toBytes(), BOT_API_DOWNLOAD_LIMIT.toBytes());
        dialogs.require(List.of(UNSUPPORTED, BUSY, UNAVAILABLE));
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
        if (!opened(chatId, query.getFrom()) && query.getData() != null) {
            converse(chatId, updateId, Input.action(query.getData()));
        }
    }

    private void received(int updateId, Message message) {
        if (!message.isUserMessage()) {
            log.debug("Message in non-private Telegram chat {} ignored", message.getChatId());
            return;
        }
        String chatId = String.valueOf(message.getChatId());
        if (opened(chatId, message.getFrom())) {
            return;
        }
        if (message.hasText()) {
            // Looked at directly: in TelegramBots 10.2.0 isCommand() misses "/start" until getEntities() is called.
            String text = START.matcher(message.getText().strip()).matches() ? "/start" : message.getText();
            converse(chatId, updateId, Input.text(text));
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
            replies.say(chatId, texts(chatId).get(UNSUPPORTED));
            conversations.currentQuestion(CHANNEL, chatId).ifPresent(question -> replies.send(chatId, List.of(question)));
        } else {
            log.debug("Service message in Telegram chat {} ignored", chatId);
        }
    }

    /** Opens the chat's conversation with its greeting if it has none; true if it did (the message is then spent). */
    private boolean opened(String chatId, User from) {
        if (conversations.exists(CHANNEL, chatId)) {
            return false;
        }
        replies.send(chatId, conversations.open(CHANNEL, chatId, language(from)));
        return true;
    }

    /** A file's size is checked before it is fetched; the intake inspects the bytes of those that fit. */
    private void attach(String chatId, int updateId, String fileId, Long declaredSize, String filename) {
        Optional<byte[]> bytes;
        try {
            bytes = declaredSize != null && declaredSize > maxFileBytes ? Optional.empty() : api.download(fileId, maxFileBytes);
        } catch (TelegramApiException | IOException e) {
            log.error("Could not fetch file {} from Telegram chat {}", fileId, chatId, e);
            replies.say(chatId, texts(chatId).get(UNAVAILABLE));
            return;
        }
        // A file too large to fetch is refused by the intake, in the transcript, as on every channel.
        converse(chatId, updateId, bytes.map(fetched -> Input.file(fetched, filename))
                .orElseGet(() -> Input.tooLargeToFetch(filename)));
    }

    private void converse(String chatId, int updateId, Input input) {
        try {
            replies.send(chatId, conversations.receive(new Inbound(CHANNEL, chatId, String.valueOf(updateId), input)).messages());
        } catch (ConversationBusyException busy) {
            replies.say(chatId, texts(chatId).get(BUSY));
        }
    }

    private Texts texts(String chatId) {
        return dialogs.texts(conversations.language(CHANNEL, chatId).orElse(dialogs.defaultLanguage()));
    }

    /** English for clients whose Telegram speaks English, Russian for everyone else. */
    static String language(User from) {
        String code = from == null || from.getLanguageCode() == null ? "" : from.getLanguageCode();
        return code.toLowerCase(Locale.ROOT).startsWith("en") ? "en" : "ru";
    }
}
