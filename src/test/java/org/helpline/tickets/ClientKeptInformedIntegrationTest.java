package org.helpline.tickets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.helpline.tickets.BusinessHoursUnitTest.msk;

import java.util.List;

import org.helpline.handoff.Handoff;
import org.helpline.testing.ChatApiTest;
import org.helpline.testing.ShiftedClock;
import org.helpline.testing.ShiftedClockConfiguration;
import org.helpline.testing.WebChatClient;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.TestPropertySource;

/**
 * What a web-chat client is told of their ticket's life when time does things by itself: the automatic
 * escalation, and (on a clock the test moves, one check at a time) the auto-close of a resolution left unanswered.
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
