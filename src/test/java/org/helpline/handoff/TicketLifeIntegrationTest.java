package org.helpline.handoff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.StreamSupport;

import org.helpline.dialogs.Dialogs;
import org.helpline.testing.ChatApiTest;
import org.helpline.testing.ShiftedClock;
import org.helpline.testing.ShiftedClockConfiguration;
import org.helpline.testing.WebChatClient;
import org.helpline.testing.WebChatClient.Response;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.JsonNode;

/**
 * A ticket's SLA clock through the web chat and the staff HTTP API, on a clock the test moves: the due time the
 * client is told out of hours, the first response, waiting for the client, a priority change during the wait,
 * and a resolution the client turns down.
 */
@ChatApiTest
@Import(ShiftedClockConfiguration.class)
@TestPropertySource(properties = "helpline.sla.check-interval=1h")
class TicketLifeIntegrationTest {

    private static final String STAFF = "test-staff-token";
    private static final ZoneId MOSCOW = ZoneId.of("Europe/Moscow");

    @LocalServerPort
    int port;
    @Autowired
    ShiftedClock clock;
    @Autowired
    Dialogs dialogs;

    WebChatClient client;
    StaffClient staff;

    @Test
    void aRequestAtOneMinuteToClosingOnFridayIsTakenAndTheClientToldMondaysDueTimeInMoscowTime() {
        String number = fileTicketAt("2026-12-04T17:59", "Не открывается 1С на компьютере бухгалтера, пишет ошибку лицензии");

        String registered = client.transcript(0).texts().stream().filter(text -> text.contains("зарегистрирована"))
                .findFirst().orElseThrow();
        assertThat(registered).contains(number).contains("до 11:59 (МСК), понедельник, 7 декабря");
        JsonNode ticket = staff.get(number).body();
        assertThat(ticket.path("status").asString()).isEqualTo("NEW");
        assertThat(instant(ticket, "responseDueAt")).as("urgent: 1 min on Friday, 1 h 59 min on Monday")
                .isCloseTo(msk("2026-12-07T11:59"), within(1, ChronoUnit.MINUTES));
        assertThat(instant(ticket, "resolveDueAt")).isCloseTo(msk("2026-12-07T17:59"), within(1, ChronoUnit.MINUTES));
    }

    @Test
    void theEnglishDueTimeSaysMoscowTimeAndTheWeekdayToo() {
        String format = dialogs.texts("en").get("opened.due_format");
        assertThat(DateTimeFormatter.ofPattern(format, Locale.ENGLISH).format(msk("2026-12-07T11:00").atZone(MOSCOW)))
                .isEqualTo("11:00 (Moscow time), Monday, December 7");
    }

    @Test
    void waitingForTheClientPausesTheClockThroughAPriorityChangeUntilTheClientWrites() {
        String number = fileTicketAt("2026-12-07T10:00", "Не печатает сетевой принтер в бухгалтерии, очередь зависла");
        assertThat(instant(staff.get(number).body(), "responseDueAt"))
                .isCloseTo(msk("2026-12-07T12:00"), within(2, ChronoUnit.MINUTES));

        at("2026-12-07T10:10");
        JsonNode taken = staff.post(number, "take", Map.of("engineer", "Анна")).body();
        assertThat(taken.path("firstResponseAt").isNull()).as("taking is not a response").isTrue();

        at("2026-12-07T10:30");
        long seen = lastSeq();
        Response asked = staff.post(number, "replies",
                Map.of("engineer", "Анна", "text", "Какая модель принтера?", "waitForClient", true));
        assertThat(asked.status()).isEqualTo(200);
        assertThat(asked.body().path("status").asString()).isEqualTo("WAITING_FOR_CLIENT");
        assertThat(instant(asked.body(), "firstResponseAt")).isCloseTo(msk("2026-12-07T10:30"), within(1, ChronoUnit.MINUTES));
        assertThat(instant(asked.body(), "pausedSince")).isCloseTo(msk("2026-12-07T10:30"), within(1, ChronoUnit.MINUTES));
        assertThat(client.transcript(seen).lastText()).contains("Анна").contains("Какая модель принтера?")
                .contains("ждёт вашего ответа");
        assertThat(client.get("/api/tickets?status=waiting_for_client", STAFF).body().toString()).contains(number);

        at("2026-12-07T13:30");
        Response raised = staff.post(number, "priority",
                Map.of("priority", "critical", "reason", "встала вся бухгалтерия", "engineer", "Ольга"));
        assertThat(raised.status()).isEqualTo(200);
        assertThat(raised.body().path("priority").asString()).isEqualTo("CRITICAL");
        assertThat(raised.body().path("status").asString()).as("still waiting").isEqualTo("WAITING_FOR_CLIENT");
        assertThat(instant(raised.body(), "responseDueAt")).as("30 min counted before the wait, 30 min to go")
                .isCloseTo(msk("2026-12-07T14:00"), within(2, ChronoUnit.MINUTES));

        at("2026-12-07T15:00");
        assertThat(client.say("HP LaserJet M426, стоит у окна").texts()).containsExactly("Передали инженеру.");
        JsonNode answered = staff.get(number).body();
        assertThat(answered.path("status").asString()).isEqualTo("IN_PROGRESS");
        assertThat(answered.path("pausedSince").isNull()).isTrue();
        assertThat(answered.path("pauses")).hasSize(1);
        assertThat(instant(answered, "responseDueAt")).as("the pause survived the priority change")
                .isCloseTo(msk("2026-12-07T15:30"), within(2, ChronoUnit.MINUTES));
        assertThat(instant(answered, "resolveDueAt")).as("critical 4 h: 30 min, 3 h today, 30 min on Tuesday")
                .isCloseTo(msk("2026-12-08T10:30"), within(2, ChronoUnit.MINUTES));
        assertThat(events(answered)).containsExactly("consent", "opened", "taken", "reply", "waiting_for_client",
                "priority_changed", "client_message", "waiting_ended");
        JsonNode change = answered.path("history").get(5);
        assertThat(change.path("actor").asString()).isEqualTo("Ольга");
        assertThat(change.path("detail").asString()).isEqualTo("URGENT → CRITICAL: встала вся бухгалтерия");
    }

    @Test
    void aResolvedTicketPausesTheClockAndNotSolvedStartsItAgain() {
        String number = fileTicketAt("2026-12-08T10:00", "Не приходит почта в Outlook с утра, отправка тоже не работает");

        at("2026-12-08T10:30");
        JsonNode resolved = staff.post(number, "resolve", Map.of("engineer", "Анна", "comment", "Перезапустили службу")).body();
        assertThat(resolved.path("status").asString()).isEqualTo("RESOLVED");
        assertThat(instant(resolved, "firstResponseAt")).as("the client read the resolution")
                .isCloseTo(msk("2026-12-08T10:30"), within(1, ChronoUnit.MINUTES));

        at("2026-12-08T12:30");
        client.press("solved:no");
        JsonNode reopened = staff.get(number).body();
        assertThat(reopened.path("status").asString()).isEqualTo("REOPENED");
        assertThat(reopened.path("pausedSince").isNull()).isTrue();
        assertThat(instant(reopened, "responseDueAt")).as("urgent 2 h: 30 min, then 1 h 30 min from 12:30")
                .isCloseTo(msk("2026-12-08T14:00"), within(2, ChronoUnit.MINUTES));
    }

    @Test
    void priorityChangesNeedAKnownPriorityAndAReasonAndAnOpenTicket() {
        String number = fileTicketAt("2026-12-09T11:00", "Медленно работает интернет в офисе, страницы открываются минуту");

        Response unknown = staff.post(number, "priority", Map.of("priority", "asap", "reason", "срочно"));
        assertThat(unknown.status()).isEqualTo(400);
        assertThat(unknown.body().path("error").asString()).isEqualTo("unknown_priority");
        assertThat(unknown.body().path("message").asString()).contains("asap").contains("critical, urgent, normal, low");
        Response noReason = staff.post(number, "priority", Map.of("priority", "low"));
        assertThat(noReason.body().path("error").asString()).isEqualTo("blank_field");

        Response same = staff.post(number, "priority", Map.of("priority", "urgent", "reason", "ещё раз"));
        assertThat(same.status()).isEqualTo(200);
        assertThat(events(same.body())).doesNotContain("priority_changed");

        staff.post(number, "resolve", Map.of());
        client.press("solved:yes");
        assertThat(staff.post(number, "priority", Map.of("priority", "low", "reason", "поздно")).status()).isEqualTo(409);
    }

    /** A web-chat client files a request at that Moscow time; the staff tool is ready for it. */
    private String fileTicketAt(String moscowTime, String description) {
        client = new WebChatClient(port);
        staff = new StaffClient(port, STAFF);
        at(moscowTime);
        return client.fileTicket(description);
    }

    private void at(String moscowTime) {
        clock.set(msk(moscowTime));
    }

    private long lastSeq() {
        var messages = client.transcript(0).body().path("messages");
        return messages.get(messages.size() - 1).path("seq").asLong();
    }

    private static List<String> events(JsonNode ticket) {
        return StreamSupport.stream(ticket.path("history").spliterator(), false)
                .map(entry -> entry.path("event").asString()).toList();
    }

    private static Instant instant(JsonNode ticket, String field) {
        return Instant.parse(ticket.path(field).asString());
    }

    private static Instant msk(String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(MOSCOW).toInstant();
    }
}
