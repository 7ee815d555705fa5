package org.helpline.tickets;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;

import org.helpline.attachments.AttachmentRef;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Service;

/**
 * The tickets: opened once per intake, numbered, with their response due time in business hours, then taken,
 * answered, escalated and resolved. Every change is one conditional update of the ticket document, so two
 * engineers acting at once cannot both win, and each change is written to the ticket's history. Each is
 * also a {@link TicketEvent} ({@link TicketOpened}, {@link TicketTaken}…) that every {@link TicketEventListener}
 * hears at least once after it is stored, even across a crash.
 */
@Service
public class Tickets {

    private static final Set<TicketStatus> ACTIVE = EnumSet.of(TicketStatus.NEW, TicketStatus.IN_PROGRESS, TicketStatus.REOPENED);

    private final MongoTemplate mongo;
    private final TicketNumbers numbers;
    private final BusinessHours businessHours;
    private final TicketEvents events;
    private final Clock clock;

    Tickets(MongoTemplate mongo, TicketNumbers numbers, BusinessHours businessHours, TicketEvents events,
            Clock clock) {
        this.mongo = mongo;
        this.numbers = numbers;
        this.businessHours = businessHours;
        this.events = events;
        this.clock = clock;
        mongo.indexOps(Ticket.class).createIndex(new Index("intakeKey", Sort.Direction.ASC).unique());
    }

    /** Opens the ticket for an intake, or returns the one already opened for it. */
    public Ticket open(NewTicket request) {
        Optional<Ticket> existing = byIntake(request.intakeKey());
        if (existing.isPresent()) {
            return existing.get();
        }
        Instant now = clock.instant();
        List<HistoryEntry> history = new ArrayList<>();
        history.add(new HistoryEntry(request.consentedAt(), "consent", "client", "version " + request.consentVersion()));
        HistoryEntry opened = events.entry("opened", "client", "via " + request.client().channel());
        history.add(opened);
        String number = numbers.next();
        PendingEvent event = PendingEvent.of(number, opened);
        Ticket ticket = new Ticket(number, TicketStatus.NEW, request.priority(), Tier.L1, request.client(), null,
                request.description(), List.copyOf(request.attachments()), now,
                businessHours.addWorkingTime(now, request.priority().responseTime()), history,
                request.intakeKey(), request.conversationId());
        events.expect(event);
        try {
            Ticket inserted = mongo.insert(ticket);
            events.happened(event, inserted);
            return inserted;
        } catch (DuplicateKeyException raced) {
            events.dropped(event);
            return byIntake(request.intakeKey()).orElseThrow(() -> raced);
        }
    }

    public Optional<Ticket> find(String number) {
        return Optional.ofNullable(mongo.findById(number, Ticket.class));
    }

    /** Tickets with the given status and priority (either may be null for all), oldest first. */
    public List<Ticket> list(TicketStatus status, Priority priority) {
        Query query = new Query();
        if (status != null) {
            query.addCriteria(Criteria.where("status").is(status));
        }
        if (priority != null) {
            query.addCriteria(Criteria.where("priority").is(priority));
        }
        return mongo.find(query.with(Sort.by("createdAt", "_id")), Ticket.class);
    }

    /** Tickets opened at or after {@code since} that are not closed, oldest first. */
    public List<Ticket> openSince(Instant since) {
        return mongo.find(Query.query(Criteria.where("createdAt").gte(since).and("status").ne(TicketStatus.CLOSED))
                .with(Sort.by("createdAt", "_id")), Ticket.class);
    }

    /** An engineer takes the ticket (or takes it over from another). */
    public Ticket take(String number, String engineer) {
        return change(number, "taken", ACTIVE, null,
                new Update().set("assignee", engineer).set("status", TicketStatus.IN_PROGRESS), engineer, null);
    }

    /** An engineer's answer to the client; it takes the ticket if nobody has. */
    public Ticket reply(String number, String engineer, String text) {
        Ticket ticket = find(number).orElseThrow(() -> new TicketNotFoundException(number));
        Update update = new Update();
        if (ticket.assignee() == null || ticket.status() == TicketStatus.NEW) {
            update.set("assignee", engineer).set("status", TicketStatus.IN_PROGRESS);
        }
        return change(number, "reply", ACTIVE, null, update, engineer, text);
    }

    /** Moves the ticket one support line up (L1 to L2 to L3), with the reason. */
    public Ticket escalate(String number, String engineer, String reason) {
        Ticket ticket = find(number).orElseThrow(() -> new TicketNotFoundException(number));
        if (ticket.tier() == Tier.L3) {
            throw new TicketConflictException(number, "escalated", ticket.status(), ticket.tier());
        }
        Tier next = Tier.values()[ticket.tier().ordinal() + 1];
        return change(number, "escalated", ACTIVE, ticket.tier(), new Update().set("tier", next), engineer,
                TicketEscalated.summary(ticket.tier(), next, reason), event -> event.withEscalation(ticket.tier(), next, reason));
    }

    public Ticket resolve(String number, String engineer, String comment) {
        return change(number, "resolved", ACTIVE, null, new Update().set("status", TicketStatus.RESOLVED), engineer, comment);
    }

    /** The client says the problem is not solved after all. */
    public Ticket reopen(String number) {
        return change(number, "reopened", EnumSet.of(TicketStatus.RESOLVED), null,
                new Update().set("status", TicketStatus.REOPENED), "client", null);
    }

    /** The client confirms the problem is solved. */
    public Ticket close(String number) {
        return change(number, "closed", EnumSet.of(TicketStatus.RESOLVED), null,
                new Update().set("status", TicketStatus.CLOSED), "client", null);
    }

    /** An engineer's internal note: written to the history, never shown to the client. */
    public Ticket note(String number, String engineer, String text) {
        return change(number, "note", EnumSet.allOf(TicketStatus.class), null, new Update(), engineer, text);
    }

    /**
     * Something the client wrote ({@code client_message}) or sent ({@code client_file}, added to the ticket's
     * attachments: in the ticket the change returns, it is the last one) once the ticket was open.
     */
    public Ticket fromClient(String number, String text, AttachmentRef file) {
        Update update = new Update();
        if (file != null) {
            update.push("attachments", file);
        }
        return change(number, file != null ? "client_file" : "client_message", EnumSet.allOf(TicketStatus.class), null,
                update, "client", file != null ? file.filename() : text, event -> file != null ? event.withFile(file) : event);
    }

    /**
     * One conditional update: applies {@code update} and appends the history entry only if the ticket is in one
     * of {@code allowed} (and at {@code tier}, when given); otherwise says why not.
     */
    private Ticket change(String number, String event, Set<TicketStatus> allowed, Tier tier, Update update,
                          String actor, String detail) {
        return change(number, event, allowed, tier, update, actor, detail, UnaryOperator.identity());
    }

    /** The same, with what the event carries beyond the history entry. */
    private Ticket change(String number, String event, Set<TicketStatus> allowed, Tier tier, Update update,
                          String actor, String detail, UnaryOperator<PendingEvent> details) {
        Criteria criteria = Criteria.where("_id").is(number).and("status").in(allowed);
        if (tier != null) {
            criteria = criteria.and("tier").is(tier);
        }
        HistoryEntry entry = events.entry(event, actor, detail);
        PendingEvent pending = details.apply(PendingEvent.of(number, entry));
        events.expect(pending);
        update.push("history", entry);
        Ticket changed = mongo.findAndModify(Query.query(criteria), update,
                FindAndModifyOptions.options().returnNew(true), Ticket.class);
        if (changed != null) {
            events.happened(pending, changed);
            return changed;
        }
        events.dropped(pending);
        Ticket current = find(number).orElseThrow(() -> new TicketNotFoundException(number));
        throw new TicketConflictException(number, event, current.status(), current.tier());
    }

    private Optional<Ticket> byIntake(String intakeKey) {
        return Optional.ofNullable(mongo.findOne(Query.query(Criteria.where("intakeKey").is(intakeKey)), Ticket.class));
    }
}
