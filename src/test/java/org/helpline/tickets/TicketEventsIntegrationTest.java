package org.helpline.tickets;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.annotation.Bean;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.test.context.ActiveProfiles;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/**
 * Ticket events reach every listener at least once: one that failed hears the event again, and a change stored
 * just before a crash (its event never delivered) is delivered after all; an event whose change never landed is not.
 */
@SpringBootTest(properties = {"helpline.tickets.events.redeliver-after=1s", "helpline.tickets.events.sweep-every=300ms"})
@ActiveProfiles("test")
@ExtendWith(OutputCaptureExtension.class)
class TicketEventsIntegrationTest {

    /** Fails the first time it hears of each ticket, then records what it hears. */
    static class FlakyListener implements TicketEventListener {
        final List<TicketEvent> heard = new CopyOnWriteArrayList<>();
        final AtomicInteger failures = new AtomicInteger();
        private final java.util.Set<String> failedFor = java.util.concurrent.ConcurrentHashMap.newKeySet();

        @Override
        public String name() {
            return "test-flaky";
        }

        @Override
        public boolean immediate() {
            return false;
        }

        @Override
        public void on(TicketEvent event) {
            if (failedFor.add(event.ticket().number() + event.getClass().getSimpleName())) {
                failures.incrementAndGet();
                throw new IllegalStateException("staff place down");
            }
            heard.add(event);
        }

        List<TicketEvent> of(String number) {
            return heard.stream().filter(event -> event.ticket().number().equals(number)).toList();
        }
    }

    @TestConfiguration
    static class Listeners {
        @Bean
        FlakyListener flakyListener() {
            return new FlakyListener();
        }
    }

    @Autowired
    Tickets tickets;
    @Autowired
    FlakyListener listener;
    @Autowired
    MongoTemplate mongo;

    @Test
    void aListenerThatFailedHearsTheEventAgainOnce() {
        Ticket ticket = open();

        await().atMost(Duration.ofSeconds(10)).until(() -> !listener.of(ticket.number()).isEmpty());
        assertThat(listener.of(ticket.number())).singleElement().isInstanceOf(TicketOpened.class);
        await().atMost(Duration.ofSeconds(5)).until(() -> pending(ticket.number()) == 0);
        await().during(Duration.ofSeconds(1)).until(() -> listener.of(ticket.number()).size() == 1);
    }

    @Test
    void aChangeStoredJustBeforeACrashIsDeliveredAfterwardsAndOneThatNeverLandedIsNot() {
        Ticket ticket = open();
        await().atMost(Duration.ofSeconds(10)).until(() -> pending(ticket.number()) == 0);
        // As the app does before taking a ticket, then dies after the write and before anyone heard of it.
        HistoryEntry landed = new HistoryEntry(Instant.now(), "taken", "Анна", null, UUID.randomUUID().toString());
        mongo.insert(PendingEvent.of(ticket.number(), landed));
        mongo.updateFirst(Query.query(Criteria.where("_id").is(ticket.number())),
                new Update().set("assignee", "Анна").set("status", TicketStatus.IN_PROGRESS).push("history", landed),
                Ticket.class);
        // And a change that was refused or never written.
        HistoryEntry lost = new HistoryEntry(Instant.now(), "resolved", "Анна", null, UUID.randomUUID().toString());
        mongo.insert(PendingEvent.of(ticket.number(), lost));

        await().atMost(Duration.ofSeconds(15)).until(() -> listener.of(ticket.number()).size() >= 2);
        assertThat(listener.of(ticket.number()).getLast()).isInstanceOfSatisfying(TicketTaken.class,
                taken -> assertThat(taken.engineer()).isEqualTo("Анна"));
        await().atMost(Duration.ofSeconds(5)).until(() -> pending(ticket.number()) == 0);
        assertThat(listener.of(ticket.number())).noneMatch(TicketResolved.class::isInstance);
    }

    @Test
    void aQuestionTheWaitAndAPriorityChangeAreEventsOfTheirOwn() {
        Ticket ticket = open();
        String number = ticket.number();
        tickets.reply(number, "Анна", "Какая модель принтера?", true);
        tickets.changePriority(number, Priority.CRITICAL, "Анна", "стоит вся бухгалтерия");
        tickets.fromClient(number, "HP LaserJet 1020", null);

        // Each kind fails once in this listener and is heard on redelivery; at least once, so a copy may come twice.
        await().atMost(Duration.ofSeconds(15)).until(() -> listener.of(number).stream().map(Object::getClass)
                .distinct().count() == 6);
        List<TicketEvent> heard = listener.of(number);
        assertThat(heard).filteredOn(TicketAnswered.class::isInstance).isNotEmpty()
                .allSatisfy(event -> assertThat(event).isInstanceOfSatisfying(TicketAnswered.class, answered -> {
                    assertThat(answered.question()).isTrue();
                    assertThat(answered.text()).isEqualTo("Какая модель принтера?");
                }));
        assertThat(heard).filteredOn(TicketWaitingForClient.class::isInstance).isNotEmpty()
                .allSatisfy(event -> assertThat(event).isInstanceOfSatisfying(TicketWaitingForClient.class, waiting -> assertThat(waiting.engineer()).isEqualTo("Анна")));
        assertThat(heard).filteredOn(TicketPriorityChanged.class::isInstance).isNotEmpty()
                .allSatisfy(event -> assertThat(event).isInstanceOfSatisfying(TicketPriorityChanged.class, changed -> {
                    assertThat(changed.from()).isEqualTo(Priority.NORMAL);
                    assertThat(changed.to()).isEqualTo(Priority.CRITICAL);
                    assertThat(changed.reason()).isEqualTo("стоит вся бухгалтерия");
                }));
        assertThat(heard).filteredOn(TicketWaitingEnded.class::isInstance).isNotEmpty()
                .allSatisfy(event -> assertThat(event).isInstanceOfSatisfying(TicketWaitingEnded.class, ended -> assertThat(ended.by()).isEqualTo("client")));
        assertThat(heard).filteredOn(ClientWrote.class::isInstance).isNotEmpty()
                .allSatisfy(event -> assertThat(event).isInstanceOfSatisfying(ClientWrote.class, wrote -> assertThat(wrote.text()).isEqualTo("HP LaserJet 1020")));
    }

    @Test
    void aReleasedTicketIsNobodysAndNewAgainAndCannotBeReleasedTwiceNorOnceResolved() {
        Ticket ticket = open();
        tickets.take(ticket.number(), "Анна");
        Ticket released = tickets.release(ticket.number(), "Анна");

        assertThat(released.assignee()).isNull();
        assertThat(released.status()).isEqualTo(TicketStatus.NEW);
        assertThat(released.history().getLast()).satisfies(entry -> {
            assertThat(entry.event()).isEqualTo("released");
            assertThat(entry.actor()).isEqualTo("Анна");
        });
        await().atMost(Duration.ofSeconds(10)).until(() -> listener.of(ticket.number()).stream().anyMatch(TicketReleased.class::isInstance));
        assertThatThrownBy(() -> tickets.release(ticket.number(), "Анна")).isInstanceOfSatisfying(TicketConflictException.class,
                refused -> assertThat(refused.action()).isEqualTo("released"));

        tickets.take(ticket.number(), "Пётр");
        tickets.resolve(ticket.number(), "Пётр", null);
        assertThatThrownBy(() -> tickets.release(ticket.number(), "Пётр")).isInstanceOf(TicketConflictException.class);
        assertThat(tickets.find(ticket.number()).orElseThrow().assignee()).isEqualTo("Пётр");
    }

    @Test
    void theSlaClockWarnsAndEscalatesAsEventsBySystem() {
        Ticket ticket = open();
        tickets.enforceSla(ticket, ticket.responseDueAt().plus(Duration.ofDays(30)));

        await().atMost(Duration.ofSeconds(15)).until(() -> listener.of(ticket.number()).stream()
                .anyMatch(TicketEscalated.class::isInstance) && listener.of(ticket.number()).stream().anyMatch(SlaWarned.class::isInstance));
        assertThat(listener.of(ticket.number())).filteredOn(TicketEscalated.class::isInstance).isNotEmpty()
                .allSatisfy(event -> assertThat(event).isInstanceOfSatisfying(TicketEscalated.class, escalated -> {
                    assertThat(escalated.engineer()).isEqualTo("system");
                    assertThat(escalated.from()).isEqualTo(Tier.L1);
                    assertThat(escalated.to()).isEqualTo(Tier.L2);
                    assertThat(escalated.reason()).contains("the first response was due at " + ticket.responseDueAt());
                }));
        assertThat(listener.of(ticket.number())).filteredOn(SlaWarned.class::isInstance)
                .allSatisfy(warned -> assertThat(((SlaWarned) warned).due()).isNotNull())
                .anySatisfy(warned -> assertThat(((SlaWarned) warned).target()).isEqualTo(SlaTarget.RESPONSE));
    }

    @Test
    void anEventForAConversationThatNoLongerExistsIsSettledNotRetriedUntilGivenUp(CapturedOutput output) {
        Ticket ticket = open("web:gone-" + UUID.randomUUID());
        tickets.take(ticket.number(), "Анна");

        // The client notices cannot reach a conversation that is gone: they say so once instead of failing.
        await().atMost(Duration.ofSeconds(15)).until(() -> output.getOut().contains(
                "Ticket " + ticket.number() + ": its conversation no longer exists"));
        await().atMost(Duration.ofSeconds(15)).until(() -> pending(ticket.number()) == 0);
        assertThat(output.getOut()).doesNotContain("client-notices could not hear TicketTaken of ticket " + ticket.number() + ";")
                .doesNotContain("Ticket " + ticket.number() + ": taken still unheard");
    }

    private Ticket open() {
        return open(null);
    }

    private Ticket open(String conversationId) {
        String key = UUID.randomUUID().toString();
        return tickets.open(new NewTicket(key, conversationId, new Client("Иванова Мария", "Д-1", "+79990000000", null, "web"),
                "Не печатает принтер в бухгалтерии", Priority.NORMAL, List.of(), Instant.now(), "1"));
    }

    private long pending(String number) {
        return mongo.count(Query.query(Criteria.where("number").is(number)), PendingEvent.class);
    }
}
