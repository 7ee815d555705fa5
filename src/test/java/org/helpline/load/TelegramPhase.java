package org.helpline.load;

import static org.helpline.load.SampleClient.CONTRACT;
import static org.helpline.load.SampleClient.DESCRIPTION;
import static org.helpline.load.SampleClient.NAME;
import static org.helpline.load.SampleClient.PHONE;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.bson.Document;
import org.helpline.channels.telegram.FakeBotApi;
import org.helpline.channels.telegram.FakeBotApi.Sent;
import org.helpline.channels.telegram.botapi.TelegramReplies;
import org.helpline.conversation.ChatMessage;
import org.helpline.conversation.Conversations;
import org.helpline.testing.Images;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.data.mongodb.core.MongoTemplate;


/**
 * Load on the Telegram path: N clients each send one whole intake's updates (greeting to «Подтвердить») as fast as
 * they type them, round by round, one {@code getUpdates} answer per round holding every client's next update, as
 * Telegram batches what many chats send at once. The app is timed from the first round to the last update handled
 * (its ledger), then the replies drain through the outbox at Telegram's pace, and each chat's messages as the fake
 * Bot API received them are compared with the chat's transcript: nothing lost, nothing sent twice, in order.
 */
final class TelegramPhase implements AutoCloseable {

    static final String TOKEN = "4242:load";
    private static final Duration HANDLED_WITHIN = Duration.ofMinutes(2);
    /** Telegram lets a bot send about 30 messages a second in all; the drain may take that long, and some. */
    private static final double SENT_PER_SECOND = 30;

    /** What one round of the phase came to; {@code firstReply} and {@code registered} are per client. */
    record Result(int clients, long updates, double ingestSeconds, Latencies firstReply, Latencies registered,
                  int chatsComplete, List<String> problems) {

        double updatesPerSecond() {
            return ingestSeconds == 0 ? Double.NaN : updates / ingestSeconds;
        }
    }

    private final FakeBotApi api = FakeBotApi.start(TOKEN);
    private final AtomicLong chatIds = new AtomicLong(7_000_000);

    /** The app's settings that point its Telegram bot at this phase's fake Bot API. */
    List<String> appArguments() {
        return List.of("--helpline.telegram.token=" + TOKEN, "--helpline.telegram.api-url=" + api.url());
    }

    Result run(ConfigurableApplicationContext app, int clients) throws InterruptedException {
        MongoTemplate mongo = app.getBean(MongoTemplate.class);
        Conversations conversations = app.getBean(Conversations.class);
        List<Long> chats = new ArrayList<>();
        for (int i = 0; i < clients; i++) {
            chats.add(chatIds.incrementAndGet());
        }
        List<Function<Long, ObjectNode>> rounds = intake();
        long handledBefore = handled(mongo);
        long updates = (long) clients * rounds.size();
        long started = System.nanoTime();
        for (Function<Long, ObjectNode> round : rounds) {
            api.deliver(chats.stream().map(round).toArray(ObjectNode[]::new));
        }
        long deadline = started + HANDLED_WITHIN.toNanos();
        while (handled(mongo) - handledBefore < updates && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        long handled = handled(mongo) - handledBefore;
        double ingestSeconds = (System.nanoTime() - started) / 1e9;
        List<String> problems = new ArrayList<>();
        if (handled < updates) {
            problems.add((updates - handled) + " of " + updates + " update(s) not handled within " + HANDLED_WITHIN);
        }
        drain(chats, conversations, started);
        Latencies firstReply = new Latencies();
        Latencies registered = new Latencies();
        int complete = 0;
        for (long chat : chats) {
            List<Sent> sent = api.sent(chat);
            List<String> told = conversations.transcript(TelegramReplies.CHANNEL, String.valueOf(chat), 0).stream()
                    .map(ChatMessage::text).toList();
            List<String> received = sent.stream().map(Sent::text).toList();
            long registrations = received.stream().filter(text -> text.contains("HL-")).count();
            if (!received.equals(told)) {
                problems.add("chat " + chat + ": the bot sent " + received.size() + " message(s) for "
                        + told.size() + " in its transcript, or in another order");
            } else if (registrations != 1) {
                problems.add("chat " + chat + ": " + registrations + " registration message(s)");
            } else {
                complete++;
                firstReply.record(nanosSince(started, sent.getFirst()));
                sent.stream().filter(message -> message.text().contains("HL-")).findFirst()
                        .ifPresent(message -> registered.record(nanosSince(started, message)));
            }
        }
        return new Result(clients, handled, ingestSeconds, firstReply, registered, complete, problems);
    }

    /** Waits until every chat's transcript has reached the fake, or the time Telegram's pace allows has passed. */
    private void drain(List<Long> chats, Conversations conversations, long started) throws InterruptedException {
        long expected = 0;
        for (long chat : chats) {
            expected += conversations.transcript(TelegramReplies.CHANNEL, String.valueOf(chat), 0).size();
        }
        long allowed = Duration.ofSeconds(30).toNanos() + (long) (expected / SENT_PER_SECOND * 2e9);
        long deadline = System.nanoTime() + allowed;
        while (sentTo(chats) < expected && System.nanoTime() < deadline) {
            Thread.sleep(100);
        }
    }

    private long sentTo(List<Long> chats) {
        return chats.stream().mapToLong(chat -> api.sent(chat).size()).sum();
    }

    /** Each client's updates, in the order a client sends them. */
    private List<Function<Long, ObjectNode>> intake() {
        byte[] photo = Images.jpeg();
        return List.of(
                chat -> api.text(chat, "/start"),
                chat -> api.press(chat, "consent:yes"),
                chat -> api.text(chat, DESCRIPTION),
                // When the knowledge base offers no article, this press is a stale button: answered, no effect.
                chat -> api.press(chat, "kb:continue"),
                chat -> api.text(chat, NAME),
                chat -> api.text(chat, CONTRACT),
                chat -> api.text(chat, PHONE),
                chat -> api.photo(chat, photo),
                chat -> api.press(chat, "files:done"),
                chat -> api.press(chat, "priority:normal"),
                chat -> api.press(chat, "summary:confirm"));
    }

    @Override
    public void close() {
        api.close();
    }

    private static long handled(MongoTemplate mongo) {
        return mongo.getCollection("telegram_updates").countDocuments(new Document("handled", true));
    }

    private static long nanosSince(long startedNanos, Sent message) {
        // The fake stamps what it received with the wall clock; the phase started on the monotonic one.
        long sinceStart = System.nanoTime() - startedNanos;
        long ago = Duration.between(message.at(), Instant.now()).toNanos();
        return Math.max(0, sinceStart - ago);
    }
}
