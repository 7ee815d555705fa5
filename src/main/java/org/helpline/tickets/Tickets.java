package org.helpline.tickets;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Service;

/** The tickets: opened once per intake, numbered, with their response due time in business hours. */
@Service
public class Tickets {

    private final MongoTemplate mongo;
    private final TicketNumbers numbers;
    private final BusinessHours businessHours;
    private final Clock clock;

    Tickets(MongoTemplate mongo, TicketNumbers numbers, BusinessHours businessHours, Clock clock) {
        this.mongo = mongo;
        this.numbers = numbers;
        this.businessHours = businessHours;
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
        history.add(new HistoryEntry(request.consentedAt(), "consent", "version " + request.consentVersion()));
        history.add(new HistoryEntry(now, "opened", "via " + request.client().channel()));
        Ticket ticket = new Ticket(numbers.next(), TicketStatus.NEW, request.priority(), Tier.L1, request.client(),
                request.description(), List.copyOf(request.attachments()), now,
                businessHours.addWorkingTime(now, request.priority().responseTime()), history,
                request.intakeKey(), request.conversationId());
        try {
            return mongo.insert(ticket);
        } catch (DuplicateKeyException raced) {
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

    private Optional<Ticket> byIntake(String intakeKey) {
        return Optional.ofNullable(mongo.findOne(Query.query(Criteria.where("intakeKey").is(intakeKey)), Ticket.class));
    }
}
