package org.helpline.tickets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.helpline.tickets.BusinessHoursUnitTest.msk;

import java.util.List;
import java.util.concurrent.Executors;

import org.helpline.handoff.Handoff;
import org.helpline.testing.ChatApiTest;
import org.helpline.testing.ShiftedClock;
import org.helpline.testing.ShiftedClockConfiguration;
import org.helpline.testing.Images;
import org.helpline.testing.WebChatClient;
import org.helpline.testing.WebChatClient.Response;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.TestPropertySource;

/**
 * What a web-chat client is told of their ticket's life and what they can do with it, on a clock the test moves
 * (one SLA check at a time): the automatic escalation, «Передали инженеру» at most once in 10 minutes, the rating
 * after "yes", the auto-close of a resolution left unanswered, {@code /status}, and reopening within and after
 * the 14 days.
 */
@ChatApiTest
@Import(ShiftedClockConfiguration.class)
@TestPropertySource(properties = "helpline.sla.check-interval=1h")
class ClientKeptInformedIntegrationTest {

    @LocalServerPort
    int port;
    @Autowired
    ShiftedClock clock;
    @Autowired
    Tickets tickets;
    @Autowired
    SlaWatch watch;
    @Autowired
    Handoff handoff;

    @Test
    void aMissedFirstResponseSendsTheRequestToASeniorEngineerAndTheClientIsToldOnce() {
        WebChatClient client = new WebChatClient(port);
        clock.set(msk("2026-12-14T10:00"));
        String number = client.fileTicket("Не работает 1С у всей бухгалтерии, ошибка при входе"); // urgent: answer by 12:00
        long seen = lastSeq(client);

        checkAt("2026-12-14T12:01");
        checkAt("2026-12-14T12:02");

        assertThat(tickets.find(number).orElseThrow().tier()).isEqualTo(Tier.L2);
        assertThat(client.transcript(seen).texts()).containsExactly(
                "Заявку " + number + " передали старшему инженеру (линия L2) — он продолжит работу над ней.");
    }

    @Test
    void whatTheClientWritesIsAcknowledgedAtMostOnceInTenMinutes() {
        WebChatClient client = new WebChatClient(port);
        clock.set(msk("2026-12-14T11:00"));
        String number = client.fileTicket("Не печатает сетевой принтер в бухгалтерии, очередь зависла");

        assertThat(client.say("Принтер HP, стоит у окна").texts()).containsExactly("Передали инженеру.");
        clock.set(msk("2026-12-14T11:05"));
        assertThat(client.upload("queue.png", Images.png()).texts()).isEmpty();
        assertThat(client.say("И ещё сканер не сканирует").texts()).isEmpty();
        clock.set(msk("2026-12-14T11:11"));
        assertThat(client.upload("scanner.png", Images.png()).texts()).containsExactly("Передали инженеру.");

        assertThat(events(tickets.find(number).orElseThrow()))
                .containsSubsequence("client_message", "client_file", "client_message", "client_file");
    }

    @Test
    void yesClosesThenTheClientRatesAndCommentsOnceAndTheHistoryKeepsBoth() {
        WebChatClient client = new WebChatClient(port);
        clock.set(msk("2026-12-15T10:00"));
        String number = client.fileTicket("Не приходит почта в Outlook с утра, отправка тоже не работает");
        handoff.resolve(number, "Анна", "Перезапустили службу");

        Response closed = client.press("solved:yes");
        assertThat(closed.lastText()).contains(number, "закрыта", "от 1 (плохо) до 5 (отлично)");
        assertThat(closed.buttons()).containsExactly("rating:1", "rating:2", "rating:3", "rating:4", "rating:5",
                "reopen:" + number);

        Response rated = client.press("rating:4");
        assertThat(rated.lastText()).contains("Спасибо за оценку");
        assertThat(rated.buttons()).containsExactly("reopen:" + number, "command:new", "command:tickets");
        assertThat(client.press("rating:1").lastText()).as("rated once").contains("неактуальна");
        assertThat(client.say("Инженер помог быстро, спасибо").lastText()).contains("комментарий сохранили");
        assertThat(client.say("И ещё раз спасибо").lastText()).contains("закрыта");

        Ticket ticket = tickets.find(number).orElseThrow();
        assertThat(ticket.status()).isEqualTo(TicketStatus.CLOSED);
        assertThat(ticket.rating()).isEqualTo(4);
        assertThat(ticket.ratingComment()).isEqualTo("Инженер помог быстро, спасибо");
        assertThat(events(ticket)).endsWith("resolved", "closed", "rated", "rating_comment");
        assertThat(ticket.history().getLast().detail()).isEqualTo("Инженер помог быстро, спасибо");
    }

    @Test
    void aResolutionLeftUnansweredForThreeDaysClosesOnceAndTheClientMayReopenIt() throws Exception {
        WebChatClient client = new WebChatClient(port);
        clock.set(msk("2026-12-16T10:00"));
        String number = client.fileTicket("Не открывается общая папка на сервере, пишет нет доступа");
        clock.set(msk("2026-12-16T10:30"));
        handoff.resolve(number, "Анна", null);
        long seen = lastSeq(client);

        checkAt("2026-12-19T10:29");
        assertThat(tickets.find(number).orElseThrow().status()).isEqualTo(TicketStatus.RESOLVED);
        clock.set(msk("2026-12-19T10:31"));
        var both = Executors.newFixedThreadPool(2);
        try {
            var first = both.submit(() -> tickets.closeUnanswered(clock.instant()));
            var second = both.submit(() -> tickets.closeUnanswered(clock.instant()));
            first.get();
            second.get();
        } finally {
            both.shutdown();
        }
        watch.check();

        Ticket closed = tickets.find(number).orElseThrow();
        assertThat(closed.status()).isEqualTo(TicketStatus.CLOSED);
        assertThat(events(closed)).containsOnlyOnce("closed");
        assertThat(closed.history().getLast().actor()).isEqualTo("system");
        Response told = client.transcript(seen);
        assertThat(told.texts()).singleElement().asString().contains(number, "закрыли", "Открыть снова");
        assertThat(told.buttons()).containsExactly("reopen:" + number, "command:new", "command:tickets");

        clock.set(msk("2026-12-21T12:00"));
        assertThat(client.press("reopen:" + number).lastText()).contains(number, "снова открыта");
        Ticket reopened = tickets.find(number).orElseThrow();
        assertThat(reopened.status()).isEqualTo(TicketStatus.REOPENED);
        assertThat(reopened.pausedSince()).as("the clock runs again").isNull();
        assertThat(client.say("Всё равно нет доступа").texts()).containsExactly("Передали инженеру.");
        assertThat(events(tickets.find(number).orElseThrow())).endsWith("closed", "reopened", "client_message");
    }

    @Test
    void statusListsTheTicketsWithStatusAndDueTime() {
        WebChatClient client = new WebChatClient(port);
        clock.set(msk("2026-12-14T10:00"));
        String number = client.fileTicket("Не работает сканер на втором этаже, горит красная лампа"); // urgent: 12:00

        assertThat(client.say("/status").texts().getFirst()).contains("Ваши заявки:",
                number + " — новая, ответ до 12:00 (МСК), понедельник, 14 декабря: Не работает сканер");
        handoff.ask(number, "Анна", "Какая модель сканера?");
        assertThat(client.press("command:tickets").texts().getFirst()).as("the clock stands still: no due time")
                .contains(number + " — ждёт ответа клиента: Не работает сканер");
        assertThat(client.say("Canon, у окна").texts()).containsExactly("Передали инженеру.");
    }

    @Test
    void reopeningWithinFourteenDaysOfClosingWorksFromANewRequestTooAndAfterThatANewRequestIsOffered() {
        WebChatClient client = new WebChatClient(port);
        clock.set(msk("2026-12-01T10:00"));
        String number = client.fileTicket("Не запускается программа учёта, выдаёт ошибку базы данных");
        handoff.resolve(number, "Анна", null);
        client.press("solved:yes");
        client.press("rating:5");

        clock.set(msk("2026-12-14T10:00"));
        assertThat(client.say("/new").lastText()).contains("согласие");
        assertThat(client.say("/reopen " + number.toLowerCase()).lastText()).contains(number, "снова открыта");
        Ticket reopened = tickets.find(number).orElseThrow();
        assertThat(reopened.status()).isEqualTo(TicketStatus.REOPENED);
        assertThat(reopened.rating()).as("rated afresh at the next closing").isNull();
        assertThat(client.say("Ошибка снова появилась").texts()).containsExactly("Передали инженеру.");
        assertThat(events(tickets.find(number).orElseThrow())).endsWith("rated", "reopened", "client_message");

        handoff.resolve(number, "Анна", null);
        client.press("solved:yes");
        clock.set(msk("2026-12-29T10:01"));
        Response late = client.say("/reopen " + number);
        assertThat(late.lastText()).contains(number, "больше 14 дней", "Новая заявка");
        assertThat(late.buttons()).containsExactly("command:new", "command:tickets");
        assertThat(client.say("Спасибо").buttons()).as("no reopen button once too late")
                .containsExactly("command:new", "command:tickets");
        assertThat(tickets.find(number).orElseThrow().status()).isEqualTo(TicketStatus.CLOSED);

        assertThat(client.say("/reopen HL-999999").lastText()).contains("Не нашли вашу заявку HL-999999");
    }

    @Test
    void anOlderTicketReopenedStaysTheOneTheClientTalksToAfterAskingForTheStatus() {
        WebChatClient client = new WebChatClient(port);
        clock.set(msk("2026-12-14T10:00"));
        String older = client.fileTicket("Не печатает принтер в бухгалтерии, мигает оранжевый");
        handoff.resolve(older, "Анна", null);
        client.press("solved:yes");
        client.press("rating:4");
        String newer = client.fileAnotherTicket("Не открывается общая папка на сервере, пишет нет доступа");

        assertThat(client.say("/reopen " + older).lastText()).contains(older, "снова открыта");
        assertThat(client.say("/status").texts().getFirst()).contains(older, newer);
        assertThat(client.say("Снова мигает оранжевым").texts()).containsExactly("Передали инженеру.");

        assertThat(events(tickets.find(older).orElseThrow())).endsWith("reopened", "client_message");
        assertThat(events(tickets.find(newer).orElseThrow())).doesNotContain("client_message");
    }

    private void checkAt(String moscowTime) {
        clock.set(msk(moscowTime));
        watch.check();
    }

    static long lastSeq(WebChatClient client) {
        var messages = client.transcript(0).body().path("messages");
        return messages.get(messages.size() - 1).path("seq").asLong();
    }

    static List<String> events(Ticket ticket) {
        return ticket.history().stream().map(HistoryEntry::event).toList();
    }
}
