package org.helpline.console;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;

import org.helpline.channels.telegram.FakeBotApi;
import org.helpline.channels.telegram.FakeBotApiLifetime;
import org.helpline.testing.ChatApiTest;
import org.helpline.testing.WebChatClient;
import org.helpline.tickets.TicketStatus;
import org.helpline.tickets.Tickets;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * An engineer whose console account is linked to their Telegram user id is one person: taking a ticket in its
 * staff topic (through the real TelegramBots client against a loopback Bot API) makes the account's name the
 * ticket's engineer and the name the client is told, not the Telegram profile's nickname.
 */
@ChatApiTest
@Import(FakeBotApiLifetime.class)
@DirtiesContext
class LinkedEngineerIntegrationTest {

    static final String TOKEN = "LINKED:TOKEN";
    static final long STAFF = -1009876543210L;
    static final long ENGINEER = 777;
    static final FakeBotApi telegram = FakeBotApi.start(TOKEN);
    static final Duration WAIT = Duration.ofSeconds(10);

    @DynamicPropertySource
    static void telegram(DynamicPropertyRegistry registry) {
        telegram.wire(registry);
        registry.add("helpline.telegram.staff-chat-id", () -> String.valueOf(STAFF));
    }

    @LocalServerPort
    int port;

    @Autowired
    Accounts accounts;
    @Autowired
    Tickets tickets;

    @Test
    void aLinkedEngineersTakeIsToldToTheClientWithTheAccountsName() {
        accounts.create("volkova", "Ольга Волкова", Role.ENGINEER, "пароль-волковой-1".toCharArray());
        assertThat(accounts.link("volkova", String.valueOf(ENGINEER), null)).isTrue();
        telegram.member(STAFF, ENGINEER, "member", "Оля", "🐱");
        WebChatClient client = new WebChatClient(port);
        String number = client.fileTicket("Не печатает принтер в бухгалтерии, горит оранжевая лампочка");
        int topic = await().atMost(WAIT).until(() -> telegram.calls("createForumTopic").stream()
                .filter(call -> call.body().path("name").asText().startsWith(number + " ")).findFirst().orElse(null),
                call -> call != null).result().path("message_thread_id").asInt();
        var messages = client.transcript(0).body().path("messages");
        long seen = messages.get(messages.size() - 1).path("seq").asLong();

        telegram.deliver(telegram.topicPress(STAFF, topic, ENGINEER, "staff:take:" + number));

        await().atMost(WAIT).until(() -> tickets.find(number).orElseThrow().status() == TicketStatus.IN_PROGRESS);
        assertThat(tickets.find(number).orElseThrow().assignee()).isEqualTo("Ольга Волкова");
        await().atMost(WAIT).untilAsserted(() -> assertThat(client.transcript(seen).texts())
                .anySatisfy(text -> assertThat(text).contains("Ольга Волкова").doesNotContain("Оля")));
        await().atMost(WAIT).until(() -> telegram.sent(STAFF, topic).stream()
                .anyMatch(sent -> sent.text().contains("Взял(а) в работу: Ольга Волкова")));
    }
}
