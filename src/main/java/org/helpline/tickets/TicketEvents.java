package org.helpline.tickets;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import org.helpline.store.ScheduledJobs;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.SmartLifecycle;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;
import org.springframework.stereotype.Component;

/**
 * Delivers {@link TicketEvent}s to every {@link TicketEventListener} at least once. The store has no transactions,
 * so an event is stored ({@link PendingEvent}) before its change, under the id of the history entry the change
 * writes: once that entry is in the ticket, the event has happened. It is then delivered at once — immediate
 * listeners in the caller's thread, the others each on a thread of its own, in order — and each listener that
 * has heard it is recorded. What a crash or a failing listener left unheard is delivered again by a job that runs
 * on one app instance at a time; an event whose change never landed is dropped.
 */
@Component
class TicketEvents implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(TicketEvents.class);
    private static final int MOST_ATTEMPTS = 20;

    private final MongoTemplate mongo;
    private final ObjectProvider<TicketEventListener> listeners;
    private final Clock clock;
    private final TicketEventSettings settings;
    private volatile boolean running;
    private final Map<String, ThreadPoolTaskExecutor> lanes = new ConcurrentHashMap<>();

    TicketEvents(MongoTemplate mongo, ObjectProvider<TicketEventListener> listeners, Clock clock,
                 TicketEventSettings settings, ScheduledJobs jobs) {
        this.mongo = mongo;
        this.listeners = listeners;
        this.clock = clock;
        this.settings = settings;
        jobs.onOneInstance("ticket-events", settings.sweepEvery(), settings.sweepEvery(), this::redeliverUnheard);
    }

    @Override
    public synchronized void start() {
        running = true;
    }

    @Override
    public synchronized void stop() {
        running = false;
        // Lets what the listeners' own threads still have go out, for a few seconds at most.
        lanes.values().forEach(ThreadPoolTaskExecutor::shutdown);
        lanes.clear();
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    /** The event of a change about to be made to ticket {@code number}, named so its history entry tells it. */
    PendingEvent pending(String number, String event, String actor, String detail) {
        return PendingEvent.of(number, new HistoryEntry(clock.instant(), event, actor, detail, UUID.randomUUID().toString()));
    }

    /** Stores the event before its change is made. */
    void expect(PendingEvent event) {
        mongo.insert(event);
    }

    /** The change was refused or was not needed: its event never happened. */
    void dropped(PendingEvent event) {
        mongo.remove(Query.query(Criteria.where("_id").is(event.id())), PendingEvent.class);
    }

    /** The change is stored: every listener hears of it. */
    void happened(PendingEvent event, Ticket ticket) {
        deliver(event, ticket);
    }

    private void deliver(PendingEvent pending, Ticket ticket) {
        TicketEvent event = pending.about(ticket);
        for (TicketEventListener listener : listeners.orderedStream().toList()) {
            if (pending.heardBy().contains(listener.name())) {
                continue;
            }
            if (listener.immediate()) {
                hear(listener, pending, event);
            } else {
                lane(listener).execute(() -> hear(listener, pending, event));
            }
        }
    }

    private void hear(TicketEventListener listener, PendingEvent pending, TicketEvent event) {
        try {
            listener.on(event);
        } catch (RuntimeException e) {
            log.error("{} could not hear {} of ticket {}; it hears it again later", listener.name(),
                    event.getClass().getSimpleName(), pending.number(), e);
            return;
        }
        Query byId = Query.query(Criteria.where("_id").is(pending.id()));
        mongo.updateFirst(byId, new Update().addToSet("heardBy", listener.name()), PendingEvent.class);
        List<String> all = listeners.orderedStream().map(TicketEventListener::name).toList();
        mongo.remove(Query.query(Criteria.where("_id").is(pending.id()).and("heardBy").all(all)), PendingEvent.class);
    }

    private ThreadPoolTaskExecutor lane(TicketEventListener listener) {
        return lanes.computeIfAbsent(listener.name(), name -> {
            ThreadPoolTaskExecutor lane = new ThreadPoolTaskExecutor();
            lane.setCorePoolSize(1);
            lane.setMaxPoolSize(1);
            lane.setThreadNamePrefix(name + "-");
            lane.setDaemon(true);
            lane.setWaitForTasksToCompleteOnShutdown(true);
            lane.setAwaitTerminationSeconds(5);
            lane.initialize();
            return lane;
        });
    }

    /**
     * Delivers again what is still unheard a while after it happened, and drops events whose change never landed:
     * on one app instance at a time.
     */
    private void redeliverUnheard() {
        Instant settled = clock.instant().minus(settings.redeliverAfter());
        Query unheard = Query.query(Criteria.where("created").lt(settled)).with(Sort.by("created"));
        for (PendingEvent pending : mongo.find(unheard, PendingEvent.class)) {
            Ticket ticket = mongo.findById(pending.number(), Ticket.class);
            boolean landed = ticket != null && ticket.history().stream().anyMatch(entry -> pending.id().equals(entry.id()));
            if (!landed || pending.attempts() >= MOST_ATTEMPTS) {
                if (landed) {
                    log.error("Ticket {}: {} still unheard by some listener after {} attempts; given up", pending.number(),
                            pending.event(), pending.attempts());
                }
                dropped(pending);
                continue;
            }
            mongo.updateFirst(Query.query(Criteria.where("_id").is(pending.id())), new Update().inc("attempts", 1),
                    PendingEvent.class);
            deliver(pending, ticket);
        }
    }
}
