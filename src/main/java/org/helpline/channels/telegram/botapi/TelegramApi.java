package org.helpline.channels.telegram.botapi;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

import com.fasterxml.jackson.databind.ObjectMapper;
import okhttp3.Dispatcher;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import org.helpline.conversation.Button;
import org.springframework.core.retry.RetryException;
import org.springframework.core.retry.RetryTemplate;
import org.springframework.core.retry.Retryable;
import org.telegram.telegrambots.client.okhttp.OkHttpTelegramClient;
import org.telegram.telegrambots.meta.TelegramUrl;
import org.telegram.telegrambots.meta.api.methods.AnswerCallbackQuery;
import org.telegram.telegrambots.meta.api.methods.GetFile;
import org.telegram.telegrambots.meta.api.methods.forum.CreateForumTopic;
import org.telegram.telegrambots.meta.api.methods.forum.EditForumTopic;
import org.telegram.telegrambots.meta.api.methods.groupadministration.GetChatMember;
import org.telegram.telegrambots.meta.api.methods.send.SendDocument;
import org.telegram.telegrambots.meta.api.methods.send.SendMessage;
import org.telegram.telegrambots.meta.api.methods.updates.SetWebhook;
import org.telegram.telegrambots.meta.api.objects.File;
import org.telegram.telegrambots.meta.api.objects.InputFile;
import org.telegram.telegrambots.meta.api.objects.chatmember.ChatMember;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.ForceReplyKeyboard;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.InlineKeyboardMarkup;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.buttons.InlineKeyboardButton;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.buttons.InlineKeyboardRow;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;
import org.telegram.telegrambots.meta.exceptions.TelegramApiRequestException;
import org.telegram.telegrambots.meta.generics.TelegramClient;

/**
 * The Bot API as this channel uses it. Every call goes to the configured base URL — file downloads too,
 * which TelegramBots' own {@code downloadFile} would send to api.telegram.org whatever the base. Telegram
 * JSON is read and written by TelegramBots' own Jackson 2 mapper, never by Spring's.
 */
public class TelegramApi implements AutoCloseable {

    /** The kinds of update the bot asks Telegram for, polled or pushed. */
    static final List<String> UPDATES = List.of("message", "edited_message", "callback_query");

    private static final int SEND_ATTEMPTS = 3;
    private static final Duration LONGEST_RETRY_WAIT = Duration.ofSeconds(30);

    private final TelegramSettings settings;
    private final TelegramUrl url;
    private final OkHttpClient http;
    private final OkHttpClient polling;
    private final TelegramClient client;

    TelegramApi(TelegramSettings settings) {
        this.settings = settings;
        this.url = TelegramUrl.builder().schema(settings.apiUrl().getScheme()).host(settings.apiUrl().getHost())
                .port(settings.port()).testServer(false).build();
        // Reads outlast getUpdates' 50-second long poll.
        this.http = new OkHttpClient.Builder().connectTimeout(Duration.ofSeconds(10))
                .readTimeout(Duration.ofSeconds(75)).writeTimeout(Duration.ofSeconds(30)).build();
        // Its own dispatcher, so stopping cancels the long poll without cancelling replies being sent.
        this.polling = http.newBuilder().dispatcher(new Dispatcher()).build();
        this.client = new OkHttpTelegramClient(new ObjectMapper(), http, settings.token(), url);
    }

    String token() {
        return settings.token();
    }

    TelegramUrl url() {
        return url;
    }

    OkHttpClient pollingHttp() {
        return polling;
    }

    /** Has Telegram push updates to {@code url} with {@code secret} in each request's secret-token header. */
    void setWebhook(URI url, String secret) throws TelegramApiException {
        client.execute(SetWebhook.builder().url(url.toString()).secretToken(secret).allowedUpdates(UPDATES).build());
    }

    /** Ends a long poll in flight, so polling stops at once. */
    void cancelPolling() {
        polling.dispatcher().cancelAll();
    }

    /**
     * Sends a plain-text message (no parse mode: nothing a client or an editor typed is read as markup), into a
     * forum topic when {@code threadId} is set, once: the outbox retries.
     */
    void send(String chatId, Integer threadId, String text, List<Button> buttons) throws TelegramApiException {
        client.execute(SendMessage.builder().chatId(chatId).messageThreadId(threadId).text(text)
                .replyMarkup(buttons == null || buttons.isEmpty() ? null : keyboard(buttons)).build());
    }

    /**
     * Sends a question into a forum topic that Telegram apps answer by replying to it (a force reply), once: the
     * outbox retries. Returns its message id, which the answer's {@code reply_to_message} names.
     */
    int ask(String chatId, Integer threadId, String text) throws TelegramApiException {
        return client.execute(SendMessage.builder().chatId(chatId).messageThreadId(threadId).text(text)
                .replyMarkup(ForceReplyKeyboard.builder().forceReply(true).build()).build()).getMessageId();
    }

    /** Sends a file, into a forum topic when {@code threadId} is set, once: the outbox retries. */
    void sendDocument(String chatId, Integer threadId, byte[] bytes, String filename, String caption)
            throws TelegramApiException {
        client.execute(SendDocument.builder().chatId(chatId).messageThreadId(threadId).caption(caption)
                .document(new InputFile(new ByteArrayInputStream(bytes), filename)).build());
    }

    /** Creates a topic in a forum supergroup; returns its {@code message_thread_id}. */
    public int createTopic(long chatId, String name) throws TelegramApiException {
        CreateForumTopic create = CreateForumTopic.builder().chatId(chatId).name(name).build();
        return retrying(String.valueOf(chatId), () -> client.execute(create)).getMessageThreadId();
    }

    public void renameTopic(long chatId, int threadId, String name) throws TelegramApiException {
        EditForumTopic edit = EditForumTopic.builder().chatId(chatId).messageThreadId(threadId).name(name).build();
        retrying(String.valueOf(chatId), () -> client.execute(edit));
    }

    /** The user's status in the chat: creator, administrator, member, restricted, left or kicked. */
    public String memberStatus(long chatId, long userId) throws TelegramApiException {
        ChatMember member = client.execute(GetChatMember.builder().chatId(chatId).userId(userId).build());
        return member.getStatus();
    }

    /** Makes the call, waiting and trying again (a few times) when Telegram answers 429 with retry_after. */
    private static <T> T retrying(String chatId, Retryable<T> call) throws TelegramApiException {
        try {
            return new RetryTemplate(new SlowDownPolicy(chatId, SEND_ATTEMPTS - 1, LONGEST_RETRY_WAIT)).execute(call);
        } catch (RetryException e) {
            switch (e.getCause()) {
                case TelegramApiException failed -> throw failed;
                case RuntimeException failed -> throw failed;
                default -> throw new TelegramApiException(e.getCause());
            }
        }
    }

    /** Stops the client's spinner on a pressed button; says nothing. */
    public void answer(String callbackQueryId) throws TelegramApiException {
        client.execute(AnswerCallbackQuery.builder().callbackQueryId(callbackQueryId).build());
    }

    /** The file's bytes, or empty when it is larger than {@code maxBytes} (nothing more is read then). */
    public Optional<byte[]> download(String fileId, long maxBytes) throws TelegramApiException, IOException {
        File file = client.execute(GetFile.builder().fileId(fileId).build());
        if (file.getFileSize() != null && file.getFileSize() > maxBytes) {
            return Optional.empty();
        }
        if (file.getFilePath() == null) {
            throw new IOException("Telegram gave no file_path for file " + fileId);
        }
        HttpUrl location = new HttpUrl.Builder().scheme(url.getSchema()).host(url.getHost()).port(url.getPort())
                .addPathSegment("file").addPathSegment("bot" + settings.token())
                .addPathSegments(file.getFilePath()).build();
        try (Response response = http.newCall(new Request.Builder().url(location).get().build()).execute()) {
            if (!response.isSuccessful()) {
                throw new IOException("Downloading file " + fileId + " failed with HTTP " + response.code());
            }
            try (InputStream in = response.body().byteStream()) {
                byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
                return bytes.length > maxBytes ? Optional.empty() : Optional.of(bytes);
            }
        }
    }

    private static InlineKeyboardMarkup keyboard(List<Button> buttons) {
        List<InlineKeyboardRow> rows = buttons.stream()
                .map(button -> new InlineKeyboardRow(InlineKeyboardButton.builder()
                        .text(button.label()).callbackData(button.value()).build()))
                .toList();
        return InlineKeyboardMarkup.builder().keyboard(rows).build();
    }

    @Override
    public void close() {
        polling.dispatcher().cancelAll();
        http.dispatcher().executorService().shutdown();
        http.connectionPool().evictAll();
    }
}
