package org.helpline.conversation;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.helpline.intake.IntakeDialog;
import org.helpline.intake.Rejection;
import org.helpline.intake.Reply;
import org.helpline.intake.Step;
import org.helpline.intake.Turn;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Service;

/**
 * Every channel's way in: a message is handled start to finish under its conversation's lock, against the
 * state stored in MongoDB, so any instance can take any message and a crash loses nothing acknowledged.
 */
@Service
public class Conversations {

    private static final Logger log = LoggerFactory.getLogger(Conversations.class);

    private final MongoTemplate mongo;
    private final ConversationLocks locks;
    private final IntakeDialog intake;
    private final ObjectProvider<TicketCorrespondence> correspondence;
    private final List<ChannelGateway> gateways;
    private final Clock clock;

    Conversations(MongoTemplate mongo, ConversationLocks locks, IntakeDialog intake,
                  ObjectProvider<TicketCorrespondence> correspondence, List<ChannelGateway> gateways, Clock clock) {
        this.mongo = mongo;
        this.locks = locks;
        this.intake = intake;
        this.correspondence = correspondence;
        this.gateways = List.copyOf(gateways);
        this.clock = clock;
        mongo.indexOps(TranscriptEntry.class).createIndex(
                new Index().on("conversationId", Sort.Direction.ASC).on("seq", Sort.Direction.ASC).unique());
    }

    /** Opens a conversation and greets the client; opening one that exists returns its transcript so far. */
    public List<ChatMessage> open(String channel, String chatId, String lang) {
        String id = id(channel, chatId);
        try (var lease = locks.acquire(id)) {
            if (mongo.exists(byId(id), Conversation.class)) {
                return transcript(channel, chatId, 0);
            }
            Turn turn = intake.start(lang);
            Instant now = clock.instant();
            Conversation fresh = new Conversation(id, channel, chatId, turn.snapshot().lang(), 0, 0,
                    turn.snapshot(), List.of(), now, now);
            List<ChatMessage> greeting = append(fresh, turn.replies(), now);
            mongo.insert(fresh.after(turn.snapshot(), greeting.getLast().seq(), null, now));
            return greeting;
        }
    }

    public boolean exists(String channel, String chatId) {
        return mongo.exists(byId(id(channel, chatId)), Conversation.class);
    }

    /** The conversation's language, if it exists. */
    public Optional<String> language(String channel, String chatId) {
        return languageOf(id(channel, chatId));
    }

    /** The language of the conversation with that id ({@code channel:chatId}), if it exists. */
    public Optional<String> languageOf(String conversationId) {
        return Optional.ofNullable(mongo.findById(conversationId, Conversation.class)).map(Conversation::lang);
    }

    /** Handles one client message; the same {@code externalId} again returns the first answer and does nothing. */
    public Receipt receive(Inbound inbound) {
        String id = id(inbound.channel(), inbound.chatId());
        try (var lease = locks.acquire(id)) {
            Conversation conversation = Optional.ofNullable(mongo.findById(id, Conversation.class))
                    .orElseThrow(() -> new UnknownConversationException(id));
            Optional<Conversation.Handled> handled = conversation.handled(inbound.externalId());
            if (handled.isPresent()) {
                return replay(id, handled.get());
            }
            Turn turn = handle(conversation, inbound, id);
            Instant now = clock.instant();
            List<ChatMessage> replies = append(conversation, turn.replies(), now);
            long lastSeq = replies.isEmpty() ? conversation.lastSeq() : replies.getLast().seq();
            Conversation.Handled record = inbound.externalId() == null ? null : new Conversation.Handled(
                    inbound.externalId(), conversation.lastSeq() + 1, lastSeq,
                    turn.rejection() == null ? null : turn.rejection().name());
            save(conversation, conversation.after(turn.snapshot(), lastSeq, record, now));
            return new Receipt(replies, turn.rejection());
        }
    }

    /**
     * The question the client is at, while an intake is under way: the bot's last message, as every answer of
     * the intake ends with the next question. Empty once the intake has ended (a ticket, a cancel…).
     */
    public Optional<ChatMessage> currentQuestion(String channel, String chatId) {
        String id = id(channel, chatId);
        Conversation conversation = mongo.findById(id, Conversation.class);
        if (conversation == null || conversation.intake().step().isEnding()) {
            return Optional.empty();
        }
        return Optional.ofNullable(mongo.findById(id + "#" + conversation.lastSeq(), TranscriptEntry.class))
                .map(TranscriptEntry::message);
    }

    /** The bot's messages after number {@code after} (0: all of them), in order. */
    public List<ChatMessage> transcript(String channel, String chatId, long after) {
        Query query = Query.query(Criteria.where("conversationId").is(id(channel, chatId)).and("seq").gt(after))
                .with(Sort.by("seq"));
        return mongo.find(query, TranscriptEntry.class).stream().map(TranscriptEntry::message).toList();
    }

    /**
     * Tells the client something they did not ask for (an engineer's reply, a question about their ticket):
     * the messages join the transcript after whatever the conversation said last, and a channel that can
     * reach the client unprompted delivers them.
     */
    public List<ChatMessage> notify(String conversationId, List<Reply> replies) {
        Conversation conversation;
        List<ChatMessage> appended;
        try (var lease = locks.acquire(conversationId)) {
            conversation = Optional.ofNullable(mongo.findById(conversationId, Conversation.class))
                    .orElseThrow(() -> new UnknownConversationException(conversationId));
            Instant now = clock.instant();
            appended = append(conversation, replies, now);
            save(conversation, conversation.after(conversation.intake(), appended.getLast().seq(), null, now));
        }
        gateways.stream().filter(gateway -> gateway.channel().equals(conversation.channel())).findFirst()
                .ifPresent(gateway -> gateway.deliver(conversation.chatId(), appended));
        return appended;
    }

    private Turn handle(Conversation conversation, Inbound inbound, String id) {
        try {
            TicketCorrespondence engineers = correspondence.getIfAvailable();
            if (conversation.intake().step() == Step.OPENED && engineers != null && !intake.isCommand(inbound.input())) {
                return engineers.fromClient(conversation.intake(), inbound.input());
            }
            return intake.handle(conversation.intake(), inbound.input(), inbound.channel(), id);
        } catch (RuntimeException e) {
            // The snapshot stays as it was, so the client can simply try again.
            log.error("Intake failed for conversation {}", id, e);
            return new Turn(conversation.intake(), List.of(new Reply(intake.unavailable(conversation.lang()), null)), null);
        }
    }

    private Receipt replay(String id, Conversation.Handled handled) {
        Query query = Query.query(Criteria.where("conversationId").is(id)
                .and("seq").gte(handled.firstSeq()).lte(handled.lastSeq())).with(Sort.by("seq"));
        List<ChatMessage> messages = mongo.find(query, TranscriptEntry.class).stream().map(TranscriptEntry::message).toList();
        return new Receipt(messages, handled.rejection() == null ? null : Rejection.valueOf(handled.rejection()));
    }

    private List<ChatMessage> append(Conversation conversation, List<Reply> replies, Instant now) {
        List<ChatMessage> appended = new ArrayList<>();
        long seq = conversation.lastSeq();
        for (Reply reply : replies) {
            seq++;
            TranscriptEntry entry = new TranscriptEntry(conversation.id() + "#" + seq, conversation.id(), seq,
                    reply.text(), reply.buttons(), now);
            mongo.save(entry);
            appended.add(entry.message());
        }
        return appended;
    }

    private void save(Conversation before, Conversation after) {
        var result = mongo.replace(byId(before.id()).addCriteria(Criteria.where("version").is(before.version())), after);
        if (result.getMatchedCount() != 1) {
            throw new OptimisticLockingFailureException("Conversation " + before.id() + " changed underneath");
        }
    }

    private static Query byId(String id) {
        return Query.query(Criteria.where("_id").is(id));
    }

    private static String id(String channel, String chatId) {
        return channel + ":" + chatId;
    }
}
