package org.helpline.tickets;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.helpline.attachments.AttachmentRef;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/**
 * Anonymises a client's tickets in place when they ask to be forgotten: who they are, what they wrote and what was
 * written to them go; the numbers, times, statuses, priorities, tiers and ratings stay, so the SLA report still
 * counts them. The one exception to a history that is only ever appended to.
 */
@Component
public class TicketErasure {

    /** What an erased text reads as. */
    public static final String ERASED = "[erased]";

    /**
     * History entries whose detail the app writes itself and which name nobody (a consent version, a channel, a
     * score); the system's own entries (automatic escalations, closings) are kept likewise.
     */
    private static final Set<String> MACHINE_DETAILS = Set.of("consent", "opened", "rated", "sla_warning",
            "sla_flagged_to_lead", "waiting_for_client", "waiting_ended");
    private static final String SYSTEM = "system";
    private static final int ATTEMPTS = 5;

    /** A ticket as erasure left it, with the files it had and the key of the intake that filed it. */
    public record Anonymised(String number, List<AttachmentRef> files, String intakeKey, Client client,
                             String description) {
    }

    private final MongoTemplate mongo;

    TicketErasure(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    /** Anonymises every ticket of the conversation, and drops their events still to be delivered. */
    public List<Anonymised> anonymise(String conversationId) {
        List<Anonymised> done = new ArrayList<>();
        for (Ticket ticket : mongo.find(Query.query(Criteria.where("conversationId").is(conversationId)), Ticket.class)) {
            done.add(anonymise(ticket));
        }
        return done;
    }

    private Anonymised anonymise(Ticket ticket) {
        Ticket current = ticket;
        for (int attempt = 1; ; attempt++) {
            // Conditional on the history's length, so an entry appended meanwhile is anonymised too, not lost.
            Query unchanged = Query.query(Criteria.where("_id").is(current.number()).and("history")
                    .size(current.history().size()));
            Update update = new Update()
                    .set("client", new Client(ERASED, ERASED, null, null, current.client().channel()))
                    .set("description", ERASED).set("attachments", List.of()).set("history", erased(current.history()))
                    .unset("ratingComment").unset("conversationId");
            if (mongo.updateFirst(unchanged, update, Ticket.class).getModifiedCount() == 1) {
                break;
            }
            if (attempt == ATTEMPTS) {
                throw new TicketConflictException(current.number(), "erasure", current.status(), current.tier());
            }
            current = mongo.findById(current.number(), Ticket.class);
        }
        mongo.remove(Query.query(Criteria.where("number").is(current.number())), PendingEvent.class);
        return new Anonymised(current.number(), current.attachments(), current.intakeKey(), current.client(),
                current.description());
    }

    private static List<HistoryEntry> erased(List<HistoryEntry> history) {
        return history.stream().map(entry -> entry.detail() == null || MACHINE_DETAILS.contains(entry.event())
                || SYSTEM.equals(entry.actor())
                ? entry : new HistoryEntry(entry.at(), entry.event(), entry.actor(), ERASED, entry.id())).toList();
    }
}
