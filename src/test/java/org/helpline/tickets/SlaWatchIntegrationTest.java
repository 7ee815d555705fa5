package org.helpline.tickets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.helpline.tickets.BusinessHoursUnitTest.msk;

import java.util.List;
import java.util.UUID;

import org.helpline.testing.ChatApiTest;
import org.helpline.testing.ShiftedClock;
import org.helpline.testing.ShiftedClockConfiguration;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.TestPropertySource;

/** Automatic warnings and escalations on a clock the test moves, one check at a time. */
@ChatApiTest
@Import(ShiftedClockConfiguration.class)
@TestPropertySource(properties = "helpline.sla.check-interval=1h")
class SlaWatchIntegrationTest {

    @Autowired
    ShiftedClock clock;
    @Autowired
    Tickets tickets;
    @Autowired
    SlaWatch watch;

    @Test
    void aWarningAt80PercentThenAnEscalationAt100PercentOfEachTargetOnceEach() {
        String number = openAt("2026-12-14T10:00", Priority.CRITICAL); // respond by 11:00, resolve by 14:00

        checkAt("2026-12-14T10:47");
        assertThat(events(number)).doesNotContain("sla_warning");
        checkAt("2026-12-14T10:49");
        checkAt("2026-12-14T10:50");
        assertThat(events(number)).containsOnlyOnce("sla_warning");
        assertThat(last(number).detail()).contains("the first response");

        checkAt("2026-12-14T11:01");
        checkAt("2026-12-14T11:02");
        Ticket escalated = tickets.find(number).orElseThrow();
        assertThat(escalated.tier()).isEqualTo(Tier.L2);
        assertThat(last(number).event()).isEqualTo("escalated");
        assertThat(last(number).actor()).isEqualTo("system");
        assertThat(last(number).detail()).startsWith("L1 → L2: the first response was due at");

        tickets.reply(number, "Анна", "Смотрю", false);
        checkAt("2026-12-14T13:13"); // 80 % of 4 h is 3 h 12 min
        checkAt("2026-12-14T13:14");
        assertThat(events(number)).filteredOn("sla_warning"::equals).hasSize(2);
        checkAt("2026-12-14T14:01");
        checkAt("2026-12-14T14:02");
        assertThat(tickets.find(number).orElseThrow().tier()).isEqualTo(Tier.L3);
        assertThat(events(number)).filteredOn("escalated"::equals).hasSize(2);
    }

    @Test
    void pastL3AnOverdueTicketIsFlaggedToTheLeadOnce() {
        String number = openAt("2026-12-15T10:00", Priority.CRITICAL);
        tickets.escalate(number, "Анна", "нужен разработчик");
        tickets.escalate(number, "Анна", "нужен архитектор");

        checkAt("2026-12-15T11:01");
        checkAt("2026-12-15T11:02");
        assertThat(tickets.find(number).orElseThrow().tier()).isEqualTo(Tier.L3);
        assertThat(events(number)).containsOnlyOnce("sla_flagged_to_lead");
        assertThat(events(number)).filteredOn("escalated"::equals).hasSize(2);
    }

    @Test
    void nightsWeekendsAndPausesDoNotBringAWarningCloser() {
        String friday = openAt("2026-12-18T17:30", Priority.CRITICAL); // 30 min on Friday, warning at Monday 10:18
        checkAt("2026-12-19T12:00");
        checkAt("2026-12-21T10:17");
        assertThat(events(friday)).doesNotContain("sla_warning");
        checkAt("2026-12-21T10:19");
        assertThat(events(friday)).containsOnlyOnce("sla_warning");

        String waiting = openAt("2026-12-21T11:00", Priority.CRITICAL);
        tickets.reply(waiting, "Анна", "Какая модель принтера?", true);
        checkAt("2026-12-22T17:00");
        assertThat(events(waiting)).doesNotContain("sla_warning", "escalated");
    }

    private String openAt(String moscowTime, Priority priority) {
        clock.set(msk(moscowTime));
        return tickets.open(new NewTicket(UUID.randomUUID().toString(), "sla-" + UUID.randomUUID(),
                new Client("Иванова Анна", "Д-20417", "+79123456789", null, "web"),
                "Не работает 1С у всей бухгалтерии", priority, List.of(), clock.instant(), "1")).number();
    }

    private void checkAt(String moscowTime) {
        clock.set(msk(moscowTime));
        watch.check();
    }

    private List<String> events(String number) {
        return tickets.find(number).orElseThrow().history().stream().map(HistoryEntry::event).toList();
    }

    private HistoryEntry last(String number) {
        return tickets.find(number).orElseThrow().history().getLast();
    }
}
