package org.helpline.channels.telegram.staff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.stream.Stream;

import org.helpline.channels.telegram.FakeBotApi;
import org.helpline.channels.telegram.FakeBotApi.Sent;
import org.helpline.channels.telegram.FakeBotApiLifetime;
import org.helpline.testing.ChatApiTest;
import org.helpline.testing.ShiftedClock;
import org.helpline.testing.ShiftedClockConfiguration;
import org.helpline.testing.WebChatClient;
import org.helpline.tickets.Tickets;
import org.helpline.tickets.Tier;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The SLA clock in the engineers' topic: a request whose first response is nearly due is flagged there once, and
 * escalated when it is due. A context of its own, because moving the clock moves it for every ticket.
 */
@ChatApiTest
@Import({FakeBotApiLifetime.class, ShiftedClockConfiguration.class})
@DirtiesContext
class SlaInTheTopicIntegrationTest {

    static final long STAFF = -1009876543210L;
    static final FakeBotApi telegram = FakeBotApi.start("SLA:TOKEN");
    static final Duration WAIT = Duration.ofSeconds(20);

    @DynamicPropertySource
    static void telegram(DynamicPropertyRegistry registry) {
        telegram.wire(registry);
        registry.add("helpline.telegram.staff-chat-id", () -> String.valueOf(STAFF));
        registry.add("helpline.sla.check-interval", () -> "1s");
    }

    @LocalServerPort
    int port;
    @Autowired
    Tickets tickets;
    @Autowired
    ShiftedClock clock;

    @Test
    void aRequestNearItsResponseTimeIsFlaggedInItsTopicOnceThenEscalatedWhenDue() {
        String number = new WebChatClient(port).fileTicket("Не работает VPN из дома, пишет ошибку 809");
        Instant due = tickets.find(number).orElseThrow().responseDueAt();
        int topic = await().atMost(WAIT).until(() -> topicOf(number), thread -> thread > 0);

        // A minute before the due time is business time, and well past the warning's share of it.
        clock.set(due.minusSeconds(60));
        await().atMost(WAIT).until(() -> said(topic).anyMatch(text -> text.startsWith("⚠ " + number + ": срок (первый ответ)")));
        assertThat(tickets.find(number).orElseThrow().tier()).as("not overdue yet").isEqualTo(Tier.L1);

        clock.set(due.plusSeconds(60));
        await().atMost(WAIT).until(() -> tickets.find(number).orElseThrow().tier() == Tier.L2);
        await().atMost(WAIT).until(() -> said(topic).anyMatch(text -> text.startsWith("Эскалировано")));
        assertThat(said(topic).filter(text -> text.startsWith("⚠ "))).as("warned once").hasSize(1);
    }

    /** The ticket's topic, 0 until it is made. */
    private static int topicOf(String number) {
        return telegram.calls("createForumTopic").stream()
                .filter(call -> call.body().path("name").asText().startsWith(number + " "))
                .mapToInt(call -> call.result().path("message_thread_id").asInt()).findFirst().orElse(0);
    }

    private static Stream<String> said(int topic) {
        return telegram.sent(STAFF, topic).stream().map(Sent::text);
    }
}
