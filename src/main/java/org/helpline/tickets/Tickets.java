package org.helpline.tickets;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.helpline.attachments.AttachmentRef;
import org.helpline.store.StoreIndex;
import org.springframework.context.annotation.Bean;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Service;

/**
 * The tickets: opened once per intake, numbered, with their first-response and resolution due times in business
 * time, then taken, answered, escalated, resolved, reopened and closed. Every change is one conditional update of
 * the ticket document, so two engineers acting at once cannot both win, and each change is appended to the
 * ticket's history (never rewritten). Each history entry is also a {@link TicketEvent} ({@link TicketOpened},
 * {@link TicketTaken}, {@link SlaWarned}…) that every {@link TicketEventListener} hears at least once after it is
 * stored, even across a crash.
 *
 * <p>The SLA clock runs in {@code NEW}, {@code IN_PROGRESS} and {@code REOPENED} and stands still while the
 * ticket waits for the client or is resolved; when it starts again the due times are recomputed from creation
 * with every pause, and so are they when staff change the priority (a pause going on then keeps going).
 */
@Service
public class Tickets {

    private static final Set<TicketStatus> ACTIVE = EnumSet.of(TicketStatus.NEW, TicketStatus.IN_PROGRESS, TicketStatus.REOPENED);
    private static final String SYSTEM = "system";
    private static final Set<TicketStatus> NOT_CLOSED = EnumSet.complementOf(EnumSet.of(TicketStatus.CLOSED));

    private final MongoTemplate mongo;
    private final TicketNumbers numbers;
    private final WorkingCalendar calendar;
    private final SlaSettings sla;
    private final TicketEvents events;
    private final TicketSettings settings;
    private final Clock clock;

    Tickets(MongoTemplate mongo, TicketNumbers numbers, WorkingCalendar calendar, SlaSettings sla,
            TicketEvents events, TicketSettings settings, Clock clock) {
        this.mongo = mongo;
        this.numbers = numbers;
        this.calendar = calendar;
        this.sla = sla;
        this.events = events;
        this.settings = settings;
        this.clock = clock;
        completeTicketsStoredBeforeTheSlaClock();
    }

    /** One ticket per intake, whichever instance or retry opens it. */
    @Bean
    static StoreIndex ticketPerIntake() {
        return StoreIndex.unique(Ticket.class, "intakeKey");
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
        String number = numbers.next();
        PendingEvent event = events.pending(number, "opened", "client", "via " + request.client().channel());
        history.add(event.entry());
        DueTimes due = dueTimes(request.priority(), now, List.of());
        Ticket ticket = new Ticket(number, TicketStatus.NEW, request.priority(), Tier.L1, request.client(), null,
                request.description(), List.copyOf(request.attachments()), now, due.response(), due.resolve(), null, null,
                List.of(), List.of(), history, request.intakeKey(), request.conversationId(), null, null);
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

    /** The tickets a conversation filed, newest first: what a client sees under «Мои заявки». */
    public List<Ticket> ofConversation(String conversationId) {
        return mongo.find(Query.query(Criteria.where("conversationId").is(conversationId))
                .with(Sort.by(Sort.Direction.DESC, "createdAt", "_id")), Ticket.class);
    }

    /** Tickets opened at or after {@code since} that are not closed, oldest first. */
    public List<Ticket> openSince(Instant since) {
        return mongo.find(Query.query(Criteria.where("createdAt").gte(since).and("status").ne(TicketStatus.CLOSED))
                .with(Sort.by("createdAt", "_id")), Ticket.class);
    }

    /**
     * The tickets something may have happened to in {@code [from, to)}, oldest first: opened before {@code to}, and
     * either not closed or with a history entry at or after {@code from}. What a report of that period reads.
     */
    public List<Ticket> activeBetween(Instant from, Instant to) {
        return mongo.find(Query.query(Criteria.where("createdAt").lt(to).orOperator(
                        Criteria.where("status").ne(TicketStatus.CLOSED), Criteria.where("history.at").gte(from)))
                .with(Sort.by("createdAt", "_id")), Ticket.class);
    }

    /**
     * An engineer takes the ticket (or takes it over from another). Taking is not a response: the clock goes on,
     * and a ticket waiting for the client keeps waiting.
     */
    public Ticket take(String number, String engineer) {
        Ticket ticket = get(number);
        Update update = new Update().set("assignee", engineer);
        if (ticket.status() != TicketStatus.WAITING_FOR_CLIENT) {
            update.set("status", TicketStatus.IN_PROGRESS);
        }
        Set<TicketStatus> allowed = ticket.status() == TicketStatus.WAITING_FOR_CLIENT ? EnumSet.of(TicketStatus.WAITING_FOR_CLIENT) : ACTIVE;
        return change(number, allowed, null, update, List.of(pending(number, "taken", engineer, null)));
    }

    /**
     * The engineer who holds the ticket gives it back to the queue: nobody holds it, and one in progress is new
     * again for whoever takes it next. The clock goes on. Refused when nobody holds it (released already)
     * or the ticket is no longer worked on.
     */
    public Ticket release(String number, String engineer) {
        Ticket ticket = get(number);
        if (ticket.assignee() == null || !ticket.status().engineersMayAct()) {
            throw new TicketConflictException(number, "released", ticket.status(), ticket.tier());
        }
        Update update = new Update().unset("assignee");
        if (ticket.status() == TicketStatus.IN_PROGRESS) {
            update.set("status", TicketStatus.NEW);
        }
        return change(number, EnumSet.of(ticket.status()), Criteria.where("assignee").is(ticket.assignee()), update,
                List.of(pending(number, "released", engineer, ticket.assignee())));
    }

    /**
     * An engineer's answer to the client; it takes the ticket if nobody has, and the first one is the ticket's first
     * response. With {@code waitForClient} the engineer asked something: the ticket waits for the client and the
     * clock stands still until they write ({@code reply} then {@code waiting_for_client} in the history). An answer
     * without it to a ticket that was waiting starts the clock again ({@code waiting_ended}).
     */
    public Ticket reply(String number, String engineer, String text, boolean waitForClient) {
        Ticket ticket = get(number);
        Instant now = clock.instant();
        Update update = new Update().min("firstResponseAt", now);
        List<PendingEvent> entries = new ArrayList<>(List.of(pending(number, "reply", engineer, text).asking(waitForClient)));
        if (ticket.assignee() == null || ticket.status() == TicketStatus.NEW) {
            update.set("assignee", engineer).set("status", TicketStatus.IN_PROGRESS);
        }
        if (waitForClient) {
            pause(ticket, now, update.set("status", TicketStatus.WAITING_FOR_CLIENT));
            entries.add(pending(number, "waiting_for_client", engineer, null));
        } else if (ticket.status() == TicketStatus.WAITING_FOR_CLIENT) {
            resume(ticket, now, update.set("status", TicketStatus.IN_PROGRESS));
            entries.add(pending(number, "waiting_ended", engineer, "the engineer wrote again"));
        }
        return change(number, TicketStatus.workable(), clockOf(ticket), update, entries);
    }

    /** Moves the ticket one support line up (L1 to L2 to L3), with the reason. */
    public Ticket escalate(String number, String engineer, String reason) {
        Ticket ticket = get(number);
        if (ticket.tier() == Tier.L3) {
            throw new TicketConflictException(number, "escalated", ticket.status(), ticket.tier());
        }
        Tier next = Tier.values()[ticket.tier().ordinal() + 1];
        return change(number, TicketStatus.workable(), Criteria.where("tier").is(ticket.tier()), new Update().set("tier", next),
                List.of(escalation(number, engineer, ticket.tier(), next, reason)));
    }

    /** The engineer says it is solved and the client is asked; the clock stands still until they answer. */
    public Ticket resolve(String number, String engineer, String comment) {
        Ticket ticket = get(number);
        Instant now = clock.instant();
        Update update = new Update().set("status", TicketStatus.RESOLVED).min("firstResponseAt", now);
        pause(ticket, now, update);
        return change(number, TicketStatus.workable(), clockOf(ticket), update, List.of(pending(number, "resolved", engineer, comment)));
    }

    /**
     * The client says the problem is not solved after all, or reopens the closed ticket (while {@link #mayReopen}):
     * the clock runs again, the pause since the resolution moving the due times out. A rating given at closing is
     * cleared, so the next closing is rated afresh; the history keeps it.
     */
    public Ticket reopen(String number) {
        Ticket ticket = get(number);
        if (!mayReopen(ticket)) {
            throw new TicketConflictException(number, "reopened", ticket.status(), ticket.tier());
        }
        Update update = new Update().set("status", TicketStatus.REOPENED).unset("rating").unset("ratingComment");
        resume(ticket, clock.instant(), update);
        return change(number, EnumSet.of(TicketStatus.RESOLVED, TicketStatus.CLOSED), clockOf(ticket), update,
                List.of(pending(number, "reopened", "client", null)));
    }

    /** Whether the client may reopen the ticket now: it is resolved, or closed no longer ago than the reopening window. */
    public boolean mayReopen(Ticket ticket) {
        if (ticket.status() == TicketStatus.RESOLVED) {
            return true;
        }
        return ticket.status() == TicketStatus.CLOSED && ticket.lastAt("closed")
                .map(closed -> !clock.instant().isAfter(closed.plus(settings.reopenWithin()))).orElse(false);
    }

    /** The client confirms the problem is solved. */
    public Ticket close(String number) {
        return change(number, EnumSet.of(TicketStatus.RESOLVED), null, new Update().set("status", TicketStatus.CLOSED),
                List.of(pending(number, "closed", "client", null)));
    }

    /** The client rates the closed ticket, 1 to 5, once per closing ({@code rated}). */
    public Ticket rate(String number, int score) {
        if (score < 1 || score > 5) {
            throw new IllegalArgumentException("A rating is 1 to 5, not " + score);
        }
        return change(number, EnumSet.of(TicketStatus.CLOSED), Criteria.where("rating").is(null),
                new Update().set("rating", score), List.of(pending(number, "rated", "client", String.valueOf(score))));
    }

    /** The client's comment to their rating, once ({@code rating_comment}). */
    public Ticket commentRating(String number, String comment) {
        return change(number, EnumSet.of(TicketStatus.CLOSED),
                Criteria.where("rating").ne(null).and("ratingComment").is(null), new Update().set("ratingComment", comment),
                List.of(pending(number, "rating_comment", "client", comment)));
    }

    /**
     * Closes ({@code closed} by {@code system}) each resolved ticket whose client has not answered «Вопрос решён?»
     * for {@code helpline.tickets.auto-close-after}. Once per ticket also with several instances: only the change
     * that finds it still resolved, with the same pause, lands.
     */
    void closeUnanswered(Instant now) {
        Query resolved = Query.query(Criteria.where("status").is(TicketStatus.RESOLVED));
        for (Ticket ticket : mongo.find(resolved, Ticket.class)) {
            Optional<Instant> since = ticket.lastAt("resolved");
            if (since.isEmpty() || now.isBefore(since.get().plus(settings.autoCloseAfter()))) {
                continue;
            }
            try {
                change(ticket.number(), EnumSet.of(TicketStatus.RESOLVED), clockOf(ticket),
                        new Update().set("status", TicketStatus.CLOSED),
                        List.of(pending(ticket.number(), "closed", SYSTEM, "no answer since the resolution at " + since.get())));
            } catch (TicketConflictException answeredOrClosedElsewhere) {
                // The client answered meanwhile, or another instance closed it.
            }
        }
    }

    /** An engineer's internal note: written to the history, never shown to the client. */
    public Ticket note(String number, String engineer, String text) {
        return change(number, EnumSet.allOf(TicketStatus.class), null, new Update(), List.of(pending(number, "note", engineer, text)));
    }

    /**
     * Staff change the priority, with a reason ({@code priority_changed}, "NORMAL → CRITICAL: reason"): the due
     * times are those of the new priority counted from creation, with every pause kept. Setting the priority the
     * ticket has (a form sent twice) changes nothing.
     */
    public Ticket changePriority(String number, Priority priority, String engineer, String reason) {
        Ticket ticket = get(number);
        if (ticket.priority() == priority) {
            return ticket;
        }
        DueTimes due = dueTimes(priority, ticket.createdAt(), ticket.pausesUntil(clock.instant()));
        Update update = new Update().set("priority", priority)
                .set("responseDueAt", due.response()).set("resolveDueAt", due.resolve());
        return change(number, NOT_CLOSED, clockOf(ticket), update,
                List.of(pending(number, "priority_changed", engineer,
                        TicketPriorityChanged.summary(ticket.priority(), priority, reason))
                        .withChange(ticket.priority().name(), priority.name(), reason)));
    }

    /**
     * Something the client wrote ({@code client_message}) or sent ({@code client_file}, added to the ticket's
     * attachments: in the ticket the change returns, it is the last one) once the ticket was open. A ticket waiting
     * for the client is in progress again ({@code waiting_ended}) and its clock runs.
     */
    public Ticket fromClient(String number, String text, AttachmentRef file) {
        for (int attempt = 1; ; attempt++) {
            try {
                return tryFromClient(number, text, file);
            } catch (TicketConflictException raced) {
                // Only a staff change racing the end of a wait gets here: what the client sent must not be lost.
                if (attempt == 3) {
                    throw raced;
                }
            }
        }
    }

    private Ticket tryFromClient(String number, String text, AttachmentRef file) {
        Ticket ticket = get(number);
        Update update = new Update();
        if (file != null) {
            update.push("attachments", file);
        }
        PendingEvent wrote = pending(number, file != null ? "client_file" : "client_message", "client",
                file != null ? file.filename() : text);
        List<PendingEvent> entries = new ArrayList<>(List.of(file != null ? wrote.withFile(file) : wrote));
        boolean waiting = ticket.status() == TicketStatus.WAITING_FOR_CLIENT;
        if (waiting) {
            resume(ticket, clock.instant(), update.set("status", TicketStatus.IN_PROGRESS));
            entries.add(pending(number, "waiting_ended", "client", "the client answered"));
        }
        return change(number, EnumSet.allOf(TicketStatus.class), waiting ? clockOf(ticket) : null, update, entries);
    }

    /** Tickets whose SLA clock is running, oldest first. */
    List<Ticket> running() {
        return mongo.find(Query.query(Criteria.where("status").in(ACTIVE)).with(Sort.by("createdAt", "_id")), Ticket.class);
    }

    /**
     * The automatic side of the SLA for one ticket at {@code now}: once {@code warnAtPercent} of a target's business
     * time has passed, staff are warned ({@code sla_warning}); once it is overdue, the ticket goes one tier up
     * ({@code escalated} by {@code system}), or past L3 is flagged to the lead ({@code sla_flagged_to_lead}). The
     * first-response target counts until the first response; the resolution target until resolved. Each happens
     * once per ticket and target, also with several instances: the mark and the change are one conditional update.
     * Business time only: the thresholds are instants on the calendar, moved out by pauses.
     */
    void enforceSla(Ticket ticket, Instant now) {
        SlaTargets targets = sla.of(ticket.priority());
        if (ticket.firstResponseAt() == null) {
            enforce(ticket, SlaTarget.RESPONSE, targets.response(), ticket.responseDueAt(), now);
        }
        enforce(ticket, SlaTarget.RESOLVE, targets.resolve(), ticket.resolveDueAt(), now);
    }

    private void enforce(Ticket ticket, SlaTarget target, Duration time, Instant due, Instant now) {
        Instant warnAt = calendar.current().addWorkingTime(ticket.createdAt(), sla.warningAfter(time), ticket.pausesUntil(now));
        String number = ticket.number();
        if (!now.isBefore(warnAt)) {
            once(ticket, target.mark("warned"), null, new Update(),
                    pending(number, "sla_warning", SYSTEM, SlaWarned.summary(target, due)).withSla(target, due));
        }
        if (now.isBefore(due)) {
            return;
        }
        if (ticket.tier() == Tier.L3) {
            once(ticket, target.mark("breached"), null, new Update(),
                    pending(number, "sla_flagged_to_lead", SYSTEM, SlaFlaggedToLead.summary(target, due)).withSla(target, due));
            return;
        }
        Tier next = Tier.values()[ticket.tier().ordinal() + 1];
        once(ticket, target.mark("breached"), Criteria.where("tier").is(ticket.tier()), new Update().set("tier", next),
                escalation(number, SYSTEM, ticket.tier(), next, target.description() + " was due at " + due).withSla(target, due));
    }

    /** Applies the change if the ticket's clock still runs and it does not carry {@code mark}; otherwise nothing. */
    private void once(Ticket ticket, String mark, Criteria guard, Update update, PendingEvent entry) {
        if (ticket.slaMarks().contains(mark)) {
            return;
        }
        Criteria unmarked = Criteria.where("slaMarks").ne(mark);
        try {
            change(ticket.number(), ACTIVE, guard == null ? unmarked : unmarked.andOperator(guard),
                    update.addToSet("slaMarks", mark), List.of(entry));
        } catch (TicketConflictException doneElsewhereOrChanged) {
            // Another instance did it, or the ticket moved on (taken up a tier, paused): the next check decides.
        }
    }

    private void pause(Ticket ticket, Instant now, Update update) {
        if (ticket.pausedSince() == null) {
            update.set("pausedSince", now);
        }
    }

    /** Ends the pause going on (if any) and moves the due times out by it. */
    private void resume(Ticket ticket, Instant now, Update update) {
        if (ticket.pausedSince() == null) {
            return;
        }
        List<SlaPause> pauses = ticket.pausesUntil(now);
        DueTimes due = dueTimes(ticket.priority(), ticket.createdAt(), pauses);
        update.set("pauses", pauses).unset("pausedSince")
                .set("responseDueAt", due.response()).set("resolveDueAt", due.resolve());
    }

    /** Guards a change computed from the clock as read: it applies only if no other change moved it meanwhile. */
    private static Criteria clockOf(Ticket ticket) {
        return Criteria.where("pausedSince").is(ticket.pausedSince()).and("priority").is(ticket.priority());
    }

    private DueTimes dueTimes(Priority priority, Instant createdAt, List<SlaPause> pauses) {
        return DueTimes.of(calendar.current(), sla.of(priority), createdAt, pauses);
    }

    /** The event of a change about to be made, with the history entry it will write. */
    private PendingEvent pending(String number, String event, String actor, String detail) {
        return events.pending(number, event, actor, detail);
    }

    private PendingEvent escalation(String number, String actor, Tier from, Tier to, String reason) {
        return pending(number, "escalated", actor, TicketEscalated.summary(from, to, reason))
                .withChange(from.name(), to.name(), reason);
    }

    private Ticket get(String number) {
        return find(number).orElseThrow(() -> new TicketNotFoundException(number));
    }

    /**
     * One conditional update: applies {@code update} and appends the history entries only if the ticket is in one
     * of {@code allowed} (and matches {@code guard}, when given); otherwise says why not. The events are stored
     * before the change and heard, in order, with the ticket after it; a change refused drops them.
     */
    private Ticket change(String number, Set<TicketStatus> allowed, Criteria guard, Update update,
                          List<PendingEvent> entries) {
        Criteria criteria = Criteria.where("_id").is(number).and("status").in(allowed);
        Query query = Query.query(criteria);
        if (guard != null) {
            query.addCriteria(guard);
        }
        entries.forEach(events::expect);
        update.push("history").each(entries.stream().map(PendingEvent::entry).toArray());
        Ticket changed = mongo.findAndModify(query, update, FindAndModifyOptions.options().returnNew(true), Ticket.class);
        if (changed != null) {
            entries.forEach(entry -> events.happened(entry, changed));
            return changed;
        }
        entries.forEach(events::dropped);
        Ticket current = get(number);
        throw new TicketConflictException(number, entries.getFirst().event(), current.status(), current.tier());
    }

    /**
     * Tickets stored before the SLA clock had no resolution due time, first response or pause: they get them
     * computed once, from creation and their history (the first reply; a resolved ticket paused since it was
     * resolved). Idempotent, so instances starting together agree.
     */
    void completeTicketsStoredBeforeTheSlaClock() {
        for (Ticket ticket : mongo.find(Query.query(Criteria.where("resolveDueAt").exists(false)), Ticket.class)) {
            Update update = new Update().set("resolveDueAt", dueTimes(ticket.priority(), ticket.createdAt(), List.of()).resolve());
            List<HistoryEntry> replies = entries(ticket, "reply");
            if (!replies.isEmpty()) {
                update.set("firstResponseAt", replies.getFirst().at());
            }
            List<HistoryEntry> resolutions = entries(ticket, "resolved");
            if (ticket.status() == TicketStatus.RESOLVED && !resolutions.isEmpty()) {
                update.set("pausedSince", resolutions.getLast().at());
            }
            mongo.updateFirst(Query.query(Criteria.where("_id").is(ticket.number()).and("resolveDueAt").exists(false)),
                    update, Ticket.class);
        }
    }

    private static List<HistoryEntry> entries(Ticket ticket, String event) {
        return ticket.history().stream().filter(entry -> entry.event().equals(event)).toList();
    }

    private Optional<Ticket> byIntake(String intakeKey) {
        return Optional.ofNullable(mongo.findOne(Query.query(Criteria.where("intakeKey").is(intakeKey)), Ticket.class));
    }
}
