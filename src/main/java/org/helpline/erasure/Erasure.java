package org.helpline.erasure;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;

import org.helpline.attachments.ClientFiles;
import org.helpline.conversation.Conversations;
import org.helpline.intake.Drafts;
import org.helpline.knowledge.SuggestionFeedback;
import org.helpline.outbox.Outbox;
import org.helpline.store.ScheduledJobs;
import org.helpline.tickets.Client;
import org.helpline.tickets.TicketErasure;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Service;

/**
 * A client's right to be forgotten: everything kept of them in one chat — the conversation and its transcript, the
 * draft, call-backs, files, the words they searched the knowledge base with, what the outbox still holds for them
 * or about them — is removed, and their tickets are anonymised in place ({@link TicketErasure}). An erasure is
 * asked for first ({@link #request}) and carried out within seconds by a job on one instance; the bot's last
 * messages to the chat (the goodbye) are left to be sent, which removes them from the outbox. The request, which
 * names the chat, stays until then, so a crash midway only means the erasure runs again. A {@link DeletionRecord}
 * says what was done.
 */
@Service
public class Erasure {

    private static final Logger log = LoggerFactory.getLogger(Erasure.class);
    /** Shorter texts (an initial, a two-digit number) would match unrelated messages in the outbox. */
    private static final int SHORTEST_MENTION = 5;

    private final MongoTemplate mongo;
    private final ErasureRequests requests;
    private final Conversations conversations;
    private final TicketErasure tickets;
    private final Drafts drafts;
    private final ClientFiles files;
    private final SuggestionFeedback suggestions;
    private final Outbox outbox;
    private final ErasureSettings settings;
    private final Clock clock;

    Erasure(MongoTemplate mongo, ErasureRequests requests, Conversations conversations, TicketErasure tickets, Drafts drafts, ClientFiles files,
            SuggestionFeedback suggestions, Outbox outbox, ErasureSettings settings, Clock clock, ScheduledJobs jobs) {
        this.mongo = mongo;
        this.requests = requests;
        this.conversations = conversations;
        this.tickets = tickets;
        this.drafts = drafts;
        this.files = files;
        this.suggestions = suggestions;
        this.outbox = outbox;
        this.settings = settings;
        this.clock = clock;
        jobs.onOneInstance("erasure", settings.runEvery(), settings.runEvery(), this::eraseRequested);
    }

    /** Asks for the client of this conversation ({@code channel:chatId}) to be forgotten; it happens within seconds. */
    public void request(String conversationId, Requester by, String staffMember) {
        requests.add(conversationId, by, staffMember);
    }

    /** Every erasure done, newest first. */
    public List<DeletionRecord> records() {
        return mongo.find(new Query().with(Sort.by(Sort.Direction.DESC, "erasedAt")), DeletionRecord.class);
    }

    /**
     * Carries out the requests, and finishes those carried out once the chat's last messages are sent: they are
     * left to go out (the goodbye), for {@code await-sending} at most.
     */
    void eraseRequested() {
        for (ErasureRequest request : requests.waiting()) {
            Instant unsentBefore = clock.instant().minus(settings.awaitSending());
            if (request.erasedAt() == null) {
                erase(request, unsentBefore);
                requests.erased(request);
            } else {
                outbox.forget(request.channel(), request.chatId(), unsentBefore, List.of());
            }
            if (!outbox.holds(request.channel(), request.chatId())) {
                requests.done(request);
            }
        }
    }

    private void erase(ErasureRequest request, Instant unsentBefore) {
        String conversationId = Conversations.idOf(request.channel(), request.chatId());
        Map<String, Long> removed = new LinkedHashMap<>();
        Set<String> intakes = new LinkedHashSet<>();
        drafts.currentKey(conversationId).ifPresent(intakes::add);
        // First, as it may have to wait for the client's message being handled: a failure here leaves all for the rerun.
        removed.put("conversations", conversations.forget(conversationId) ? 1L : 0L);
        List<TicketErasure.Anonymised> anonymised = tickets.anonymise(conversationId);
        List<String> mentions = new ArrayList<>();
        long ticketFiles = 0;
        for (TicketErasure.Anonymised ticket : anonymised) {
            intakes.add(ticket.intakeKey());
            files.delete(ticket.files());
            ticketFiles += ticket.files().size();
            mentions.addAll(mentions(ticket.client(), ticket.description()));
        }
        removed.put("tickets_anonymised", (long) anonymised.size());
        removed.put("files", ticketFiles + files.deleteOwnedBy(intakes));
        removed.put("search_queries", suggestions.forget(intakes));
        removed.put("callbacks", drafts.forgetCallBacks(conversationId));
        removed.put("outbox_messages", outbox.forget(request.channel(), request.chatId(), unsentBefore, mentions));
        mongo.insert(new DeletionRecord(UUID.randomUUID().toString(), request.requestedAt(), clock.instant(),
                request.requestedBy(), request.staffMember(), request.channel(),
                anonymised.stream().map(TicketErasure.Anonymised::number).toList(), removed));
        log.info("Erased a {} client on the request of {}: {}", request.channel(), request.requestedBy(), removed);
    }

    /** What quotes this client in a message to someone else; not the contract, which colleagues share. */
    private static List<String> mentions(Client client, String description) {
        return Stream.of(client.name(), client.phone(), client.email(), description)
                .filter(text -> text != null && text.length() >= SHORTEST_MENTION && !text.equals(TicketErasure.ERASED))
                .toList();
    }
}
