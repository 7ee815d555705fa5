package org.helpline.conversation;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Service;

/**
 * Every channel's way in: a message is handled start to finish under its conversation's lock, against the
 * state stored in MongoDB, so any instance can take any message and a crash loses nothing acknowledged.
 * It goes to the handler that owns the conversation (the intake, then the handoff once a ticket is open),
 * unless another handler answers that input always (the intake's {@code /start}).
 */
@Service
public class Conversations {

    private static final Logger log = LoggerFactory.getLogger(Conversations.class);

    private final MongoTemplate mongo;
    private final ConversationLocks locks;
    private final Transcripts transcripts;
    private final ConversationOpener<?> opener;
    private final Map<String, ConversationHandler<?>> handlers;
    private final List<ChannelGateway> gateways;
    private final Clock clock;

    Conversations(MongoTemplate mongo, ConversationLocks locks, Transcripts transcripts, ConversationOpener<?> opener,
                  List<ConversationHandler<?>> handlers, List<ChannelGateway> gateways, Clock clock) {
        this.mongo = mongo;
        this.locks = locks;
        this.transcripts = transcripts;
        this.opener = opener;
        this.handlers = handlers.stream().collect(Collectors.toUnmodifiableMap(ConversationHandler::name,
                Function.identity()));
        this.gateways = List.copyOf(gateways);
        this.clock = clock;
    }

    /** Opens a conversation and greets the client; opening one that exists returns its transcript so far. */
    public List<ChatMessage> open(String channel, String chatId, String lang) {
        String id = id(channel, chatId);
        ConversationOpener.Opening<?> opening = opener.open(lang);
        Instant now = clock.instant();
        Conversation fresh = Conversation.fresh(id, channel, chatId, opening.lang(), opener.name(),
                write(opening.state()), now);
        List<Conversation.Said> greeting = said(fresh, opening.replies(), now);
        try {
            // Unique on the id: of two opening at once, one greeting is stored and the other reads it back.
            mongo.insert(fresh.after(fresh.owner(), Map.of(), greeting, null, now));
            return messages(greeting);
        } catch (DuplicateKeyException openedMeanwhile) {
            return transcript(channel, chatId, 0);
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
        try (var held = locks.acquire(id)) {
            Conversation conversation = settled(held.conversation());
            Optional<Conversation.Handled> handled = conversation.handled(inbound.externalId());
            if (handled.isPresent()) {
                return replay(conversation, handled.get());
            }
            Handling handling = handle(conversation, inbound.input());
            Instant now = clock.instant();
            List<Conversation.Said> replies = said(conversation, handling.replies(), now);
            long lastSeq = replies.isEmpty() ? conversation.lastSeq() : replies.getLast().seq();
            Conversation.Handled record = inbound.externalId() == null ? null : new Conversation.Handled(
                    inbound.externalId(), conversation.lastSeq() + 1, lastSeq,
                    handling.rejection() == null ? null : handling.rejection().name());
            transcripts.keep(id, conversation.leaving(replies));
            held.save(conversation.after(handling.owner(), handling.states(), replies, record, now));
            return new Receipt(messages(replies), handling.rejection());
        }
    }

    /**
     * The question the client is at, while the owner of the conversation awaits an answer: the bot's last
     * message, as every answer of the intake ends with the next question. Empty once the intake has ended (a
     * ticket, a cancel…).
     */
    public Optional<ChatMessage> currentQuestion(String channel, String chatId) {
        String id = id(channel, chatId);
        Optional<Conversation> found = load(id);
        if (found.isEmpty() || !awaitsAnswer(found.get())) {
            return Optional.empty();
        }
        Conversation conversation = found.get();
        return transcripts.between(conversation, conversation.lastSeq() - 1, conversation.lastSeq()).stream()
                .findFirst();
    }

    /** The bot's messages after number {@code after} (0: all of them), in order. */
    public List<ChatMessage> transcript(String channel, String chatId, long after) {
        return Optional.ofNullable(mongo.findById(id(channel, chatId), Conversation.class))
                .map(conversation -> transcripts.between(conversation, after, conversation.lastSeq()))
                .orElse(List.of());
    }

    /**
     * Tells the client something they did not ask for (an engineer's reply, a question about their ticket):
     * the messages join the transcript after whatever the conversation said last, and a channel that can
     * reach the client unprompted delivers them.
     */
    public List<ChatMessage> notify(String conversationId, List<Reply> replies) {
        Conversation conversation;
        List<ChatMessage> appended;
        try (var held = locks.acquire(conversationId)) {
            conversation = settled(held.conversation());
            Instant now = clock.instant();
            List<Conversation.Said> said = said(conversation, replies, now);
            transcripts.keep(conversationId, conversation.leaving(said));
            held.save(conversation.after(conversation.owner(), Map.of(), said, null, now));
            appended = messages(said);
        }
        gateways.stream().filter(gateway -> gateway.channel().equals(conversation.channel())).findFirst()
                .ifPresent(gateway -> gateway.deliver(conversation.chatId(), appended));
        return appended;
    }

    /**
     * Deletes the conversation and its whole transcript (the client asked to be forgotten, or a draft was
     * abandoned); false when there was none. The client's next message starts afresh.
     */
    public boolean forget(String conversationId) {
        try (var held = locks.acquire(conversationId)) {
            held.remove();
        } catch (UnknownConversationException none) {
            return false;
        } finally {
            mongo.remove(Query.query(Criteria.where("conversationId").is(conversationId)), TranscriptEntry.class);
        }
        return true;
    }

    /** The ids of the conversations {@code owner} holds that nothing happened in since {@code before}. */
    public List<String> idleSince(String owner, Instant before) {
        Query idle = Query.query(Criteria.where("owner").is(owner).and("updatedAt").lt(before));
        idle.fields().include("_id");
        return mongo.find(idle, Document.class, "conversations").stream().map(found -> found.getString("_id")).toList();
    }

    /** The state {@code handler} keeps in the conversation, if it exists and the handler has one there. */
    public <S> Optional<S> state(String conversationId, ConversationHandler<S> handler) {
        return load(conversationId).flatMap(conversation -> conversation.state(handler.name()))
                .map(stored -> read(handler, stored));
    }

    /** The ids of a chat's conversation: {@code channel:chatId}. */
    public static String idOf(String channel, String chatId) {
        return id(channel, chatId);
    }

    /** What handling one input came to: the next owner, the states that changed, the replies. */
    private record Handling(String owner, Map<String, Document> states, List<Reply> replies, Rejection rejection) {
    }

    private Handling handle(Conversation conversation, Input input) {
        ConversationHandler<?> handler = handlers.values().stream()
                .filter(candidate -> !candidate.name().equals(conversation.owner()) && candidate.answersAlways(input))
                .findFirst()
                .orElseGet(() -> handlers.getOrDefault(conversation.owner(), opener));
        try {
            return handle(handler, conversation, input);
        } catch (RuntimeException e) {
            // The states stay as they were, so the client can simply try again.
            log.error("{} failed for conversation {}", handler.name(), conversation.id(), e);
            return new Handling(conversation.owner(), Map.of(),
                    List.of(new Reply(opener.unavailable(conversation.lang()), null)), null);
        }
    }

    private <S> Handling handle(ConversationHandler<S> handler, Conversation conversation, Input input) {
        S state = conversation.state(handler.name()).map(stored -> read(handler, stored)).orElse(null);
        var context = new ConversationHandler.Context(conversation.channel(), conversation.id(), conversation.lang());
        ConversationHandler.Outcome<S> outcome = handler.handle(state, input, context);
        Handling handling = settle(handler, outcome.state(), outcome.replies(), outcome.rejection(), conversation.owner());
        return handler.takesOver() ? handling
                : new Handling(conversation.owner(), handling.states(), handling.replies(), handling.rejection());
    }

    /**
     * The owner and states once {@code handler} holds {@code state}: it keeps the conversation or hands it over.
     * A handler that answered out of turn ({@code /status} while on a ticket) and hands the conversation back to
     * its {@code owner} leaves the owner's state as it was: the owner may have moved on (to a reopened ticket).
     */
    private <S> Handling settle(ConversationHandler<S> handler, S state, List<Reply> replies, Rejection rejection,
                                String owner) {
        Map<String, Document> changed = new LinkedHashMap<>();
        changed.put(handler.name(), write(state));
        Optional<ConversationHandler.Handover> handover = handler.handover(state);
        if (handover.isEmpty() || !handlers.containsKey(handover.get().to())) {
            return new Handling(handler.name(), changed, replies, rejection);
        }
        ConversationHandler<?> taker = handlers.get(handover.get().to());
        if (!taker.name().equals(owner)) {
            changed.put(taker.name(), write(taker.adopt(handover.get().subject())));
        }
        return new Handling(taker.name(), changed, replies, rejection);
    }

    private boolean awaitsAnswer(Conversation conversation) {
        ConversationHandler<?> owner = handlers.get(conversation.owner());
        return owner != null && awaitsAnswer(owner, conversation);
    }

    private <S> boolean awaitsAnswer(ConversationHandler<S> owner, Conversation conversation) {
        return conversation.state(owner.name()).map(stored -> owner.awaitsAnswer(read(owner, stored))).orElse(false);
    }

    /**
     * The conversation as stored; one stored before conversations had owners belongs to the intake, or to
     * whomever the intake's state says it was handed over to.
     */
    private Optional<Conversation> load(String id) {
        return Optional.ofNullable(mongo.findById(id, Conversation.class)).map(this::settled);
    }

    private Conversation settled(Conversation stored) {
        if (stored.owner() != null) {
            return stored;
        }
        Handling settled = settleStored(opener, stored.intake());
        return stored.ownedBy(settled.owner(), settled.states());
    }

    private <S> Handling settleStored(ConversationHandler<S> handler, Document stored) {
        return settle(handler, read(handler, stored), List.of(), null, null);
    }

    private Receipt replay(Conversation conversation, Conversation.Handled handled) {
        List<ChatMessage> messages = transcripts.between(conversation, handled.firstSeq() - 1, handled.lastSeq());
        return new Receipt(messages, handled.rejection() == null ? null : Rejection.valueOf(handled.rejection()));
    }

    /** The replies as the conversation's next messages, numbered after its last. */
    private static List<Conversation.Said> said(Conversation conversation, List<Reply> replies, Instant now) {
        List<Conversation.Said> said = new ArrayList<>();
        long seq = conversation.lastSeq();
        for (Reply reply : replies) {
            said.add(new Conversation.Said(++seq, reply.text(), reply.buttons(), now));
        }
        return said;
    }

    private static List<ChatMessage> messages(List<Conversation.Said> said) {
        return said.stream().map(Conversation.Said::message).toList();
    }

    private <S> S read(ConversationHandler<S> handler, Document stored) {
        return mongo.getConverter().read(handler.stateType(), stored);
    }

    /** A handler's state as a sub-document, without a class name: the handler says what type to read it as. */
    private Document write(Object state) {
        Document document = new Document();
        mongo.getConverter().write(state, document);
        document.remove("_class");
        return document;
    }

    private static Query byId(String id) {
        return Query.query(Criteria.where("_id").is(id));
    }

    private static String id(String channel, String chatId) {
        return channel + ":" + chatId;
    }
}
