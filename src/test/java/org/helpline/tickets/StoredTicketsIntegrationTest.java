package org.helpline.tickets;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Date;
import java.util.List;

import org.bson.Document;
import org.helpline.testing.ChatApiTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;

/** Ticket documents stored before the SLA clock existed still load, and get their due times and pause computed. */
@ChatApiTest
class StoredTicketsIntegrationTest {

    @Autowired
    MongoTemplate mongo;
    @Autowired
    Tickets tickets;

    @Test
    void aTicketStoredWithoutResolveDueAtLoadsAndIsCompleted() {
        Instant created = Instant.parse("2026-11-23T09:00:00Z"); // Monday 12:00 in Moscow
        Instant replied = Instant.parse("2026-11-23T10:00:00Z");
        Instant resolved = Instant.parse("2026-11-24T08:00:00Z");
        mongo.insert(new Document("_id", "HL-900001").append("status", "RESOLVED").append("priority", "NORMAL")
                .append("tier", "L1")
                .append("client", new Document("name", "Иванова Анна").append("contract", "Д-1").append("phone", "+79120000000")
                        .append("channel", "web"))
                .append("assignee", "Анна").append("description", "Не печатает принтер").append("attachments", List.of())
                .append("createdAt", Date.from(created)).append("responseDueAt", Date.from(Instant.parse("2026-11-24T09:00:00Z")))
                .append("history", List.of(
                        entry(created, "opened", "client"), entry(replied, "reply", "Анна"),
                        entry(resolved, "resolved", "Анна")))
                .append("intakeKey", "legacy-1").append("conversationId", "legacy-conversation"), "tickets");

        Ticket loaded = tickets.find("HL-900001").orElseThrow();
        assertThat(loaded.resolveDueAt()).isNull();
        assertThat(loaded.pauses()).isEmpty();

        tickets.completeTicketsStoredBeforeTheSlaClock();

        Ticket completed = tickets.find("HL-900001").orElseThrow();
        assertThat(completed.resolveDueAt()).as("24 working hours from Monday 12:00 Moscow")
                .isEqualTo(Instant.parse("2026-11-26T09:00:00Z"));
        assertThat(completed.firstResponseAt()).isEqualTo(replied);
        assertThat(completed.pausedSince()).isEqualTo(resolved);
        assertThat(completed.history()).hasSize(3);

        Ticket reopened = tickets.reopen("HL-900001");
        assertThat(reopened.pauses()).singleElement().satisfies(pause -> assertThat(pause.from()).isEqualTo(resolved));
        assertThat(reopened.resolveDueAt()).isAfter(completed.resolveDueAt());
    }

    private static Document entry(Instant at, String event, String actor) {
        return new Document("at", Date.from(at)).append("event", event).append("actor", actor);
    }
}
