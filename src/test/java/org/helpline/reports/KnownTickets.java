package org.helpline.reports;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

import org.helpline.testing.ShiftedClock;
import org.helpline.tickets.Client;
import org.helpline.tickets.NewTicket;
import org.helpline.tickets.Priority;
import org.helpline.tickets.Tickets;

/**
 * A known set of tickets, each step done through {@link Tickets} at a Moscow time the test sets, with the figures
 * they make worked out by hand (business hours Monday to Friday 10:00–18:00). December 2026: Mon 14 to Fri 25 is
 * the period the report is asked for.
 */
final class KnownTickets {

    /**
     * Critical, web: answered in 20, 40 and 90 min (target 60), resolved after 60, 120 and 300 min (target 240);
     * rated 5, 4 and 2 (mean 3.7).
     */
    final String criticalQuick;
    final String criticalSteady;
    final String criticalLate;
    /**
     * Urgent, Telegram, escalated to L2: answered in 30 min; a day waiting for the client; resolved, closed and rated
     * 1, reopened, resolved, closed and rated 4: both ratings count (mean 2.5).
     */
    final String urgentReopened;
    /** Urgent, web: answered with a question in 30 min, still waiting for the client: its resolution is not due. */
    final String urgentWaiting;
    /** Low, web: never answered; both targets missed within the period. */
    final String lowForgotten;
    final String lowForgottenToo;
    /** Normal, web: opened before the period, answered in it after 90 business minutes, resolved after 180. */
    final String normalFromBefore;
    /** Critical, web: opened after the period. */
    final String criticalAfter;
    /** Normal, Telegram: opened, answered and closed before the period. */
    final String normalClosedBefore;

    private static final ZoneId MOSCOW = ZoneId.of("Europe/Moscow");

    private final Tickets tickets;
    private final ShiftedClock clock;

    KnownTickets(Tickets tickets, ShiftedClock clock) {
        this.tickets = tickets;
        this.clock = clock;

        criticalQuick = open("2026-12-14T10:00", Priority.CRITICAL, "web");
        answer(criticalQuick, "2026-12-14T10:20", false);
        resolveAndClose(criticalQuick, "2026-12-14T11:00");
        tickets.rate(criticalQuick, 5);

        criticalSteady = open("2026-12-14T11:00", Priority.CRITICAL, "web");
        answer(criticalSteady, "2026-12-14T11:40", false);
        resolveAndClose(criticalSteady, "2026-12-14T13:00");
        tickets.rate(criticalSteady, 4);

        criticalLate = open("2026-12-14T12:00", Priority.CRITICAL, "web");
        answer(criticalLate, "2026-12-14T13:30", false);
        resolveAndClose(criticalLate, "2026-12-14T17:00");
        tickets.rate(criticalLate, 2);

        urgentReopened = open("2026-12-15T10:00", Priority.URGENT, "telegram");
        at("2026-12-15T10:05");
        tickets.escalate(urgentReopened, "Анна", "нужен администратор сети");
        answer(urgentReopened, "2026-12-15T10:30", false);
        answer(urgentReopened, "2026-12-15T11:00", true);     // paused: 7 h on Tuesday, 1 h on Wednesday
        at("2026-12-16T11:00");
        tickets.fromClient(urgentReopened, "Модель HP LaserJet 1020", null);
        at("2026-12-16T12:00");
        tickets.resolve(urgentReopened, "Анна", "Переустановили драйвер");   // 120 business minutes
        tickets.close(urgentReopened);
        tickets.rate(urgentReopened, 1);
        at("2026-12-16T13:00");
        tickets.reopen(urgentReopened);
        resolveAndClose(urgentReopened, "2026-12-16T14:00");              // 180 business minutes
        tickets.rate(urgentReopened, 4);

        urgentWaiting = open("2026-12-21T10:00", Priority.URGENT, "web");
        answer(urgentWaiting, "2026-12-21T10:30", true);

        lowForgotten = open("2026-12-14T10:00", Priority.LOW, "web");       // respond by Wed 16 18:00, resolve by Thu 24 18:00
        lowForgottenToo = open("2026-12-14T11:00", Priority.LOW, "web");    // respond by Thu 17 11:00, resolve by Fri 25 11:00

        normalFromBefore = open("2026-12-11T17:00", Priority.NORMAL, "web");
        answer(normalFromBefore, "2026-12-14T10:30", false);
        resolveAndClose(normalFromBefore, "2026-12-14T12:00");

        criticalAfter = open("2026-12-28T11:00", Priority.CRITICAL, "web");
        answer(criticalAfter, "2026-12-28T11:10", false);

        normalClosedBefore = open("2026-12-10T10:00", Priority.NORMAL, "telegram");
        answer(normalClosedBefore, "2026-12-10T10:10", false);
        resolveAndClose(normalClosedBefore, "2026-12-10T11:00");

        at("2026-12-28T12:00");
    }

    static Instant msk(String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(MOSCOW).toInstant();
    }

    private void at(String moscowTime) {
        clock.set(msk(moscowTime));
    }

    private String open(String moscowTime, Priority priority, String channel) {
        at(moscowTime);
        return tickets.open(new NewTicket(UUID.randomUUID().toString(), "report-" + UUID.randomUUID(),
                new Client("Иванова Анна", "Д-20417", "+79123456789", null, channel),
                "Не печатает принтер в бухгалтерии", priority, List.of(), clock.instant(), "1")).number();
    }

    private void answer(String number, String moscowTime, boolean question) {
        at(moscowTime);
        tickets.reply(number, "Анна", question ? "Какая модель принтера?" : "Смотрю", question);
    }

    private void resolveAndClose(String number, String moscowTime) {
        at(moscowTime);
        tickets.resolve(number, "Анна", "Готово");
        tickets.close(number);
    }
}
