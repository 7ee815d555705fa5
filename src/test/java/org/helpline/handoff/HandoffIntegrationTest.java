package org.helpline.handoff;

import java.time.Duration;
import java.util.Map;

import org.helpline.testing.Images;
import org.helpline.testing.ChatApiTest;
import org.helpline.testing.WebChatClient;
import org.helpline.testing.WebChatClient.Response;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Engineers' HTTP actions with no messenger configured, and a web-chat client on the other end. */
@ChatApiTest
class HandoffIntegrationTest {

    private static final String STAFF = "test-staff-token";

    @LocalServerPort
    int port;

    WebChatClient client;
    StaffClient staff;
    String number;

    @BeforeEach
    void ticket() {
        client = new WebChatClient(port);
        staff = new StaffClient(port, STAFF);
        number = client.fileTicket("Не открывается 1С на компьютере бухгалтера, пишет ошибку лицензии");
    }

    private long lastSeq() {
        var messages = client.transcript(0).body().path("messages");
        return messages.get(messages.size() - 1).path("seq").asLong();
    }

    @Test
    void takingTellsTheClientWhoTookIt() {
        long seen = lastSeq();
        Response taken = staff.post(number, "take", Map.of("engineer", "Анна Петрова"));
        assertThat(taken.status()).isEqualTo(200);
        assertThat(taken.body().path("status").asString()).isEqualTo("IN_PROGRESS");
        assertThat(taken.body().path("assignee").asString()).isEqualTo("Анна Петрова");
        await().atMost(Duration.ofSeconds(1)).untilAsserted(() ->
                assertThat(client.transcript(seen).texts()).singleElement().asString()
                        .contains(number).contains("Анна Петрова"));
    }

    @Test
    void repliesAndClientMessagesTravelBothWays() {
        long seen = lastSeq();
        staff.post(number, "take", Map.of("engineer", "Анна"));
        staff.post(number, "replies", Map.of("engineer", "Анна", "text", "Перезагрузите, пожалуйста, компьютер."));
        await().atMost(Duration.ofSeconds(1)).untilAsserted(() ->
                assertThat(client.transcript(seen).texts()).last().asString().contains("Перезагрузите"));

        Response written = client.say("Перезагрузила, всё равно не открывается");
        assertThat(written.status()).isEqualTo(200);
        assertThat(written.texts()).as("the client knows it arrived").containsExactly("Передали инженеру.");
        Response screenshot = client.upload("after-reboot.png", Images.png());
        assertThat(screenshot.texts()).as("at most once in 10 minutes").isEmpty();

        var ticket = staff.get(number).body();
        assertThat(ticket.path("history").toString()).contains("Перезагрузила, всё равно не открывается")
                .contains("after-reboot.png").contains("\"actor\":\"client\"");
        assertThat(ticket.path("attachments")).hasSize(2);
    }

    @Test
    void aFileTheClientSendsLaterIsStillInspected() {
        Response refused = client.upload("run.png", "#!/bin/sh\nrm -rf /\n".getBytes());
        assertThat(refused.status()).isEqualTo(415);
        assertThat(staff.get(number).body().path("attachments")).hasSize(1);
    }

    @Test
    void notesStayWithTheEngineers() {
        long seen = lastSeq();
        Response noted = staff.post(number, "notes", Map.of("engineer", "Анна", "text", "клиент просил звонить после обеда"));
        assertThat(noted.status()).isEqualTo(200);
        assertThat(noted.body().path("history").toString()).contains("клиент просил звонить после обеда");
        assertThat(client.transcript(seen).texts()).isEmpty();
    }

    @Test
    void escalationClimbsTheTiersAndStopsAtL3() {
        long seen = lastSeq();
        assertThat(staff.post(number, "escalate", Map.of("reason", "нужен администратор 1С")).body().path("tier").asString())
                .isEqualTo("L2");
        assertThat(staff.post(number, "escalate", Map.of("reason", "нужен разработчик")).body().path("tier").asString())
                .isEqualTo("L3");
        Response beyond = staff.post(number, "escalate", Map.of("reason", "ещё выше"));
        assertThat(beyond.status()).isEqualTo(409);
        assertThat(beyond.body().path("error").asString()).isEqualTo("ticket_conflict");
        assertThat(staff.get(number).body().path("history").toString()).contains("нужен администратор 1С");
        assertThat(client.transcript(seen).texts()).as("the client hears of each step up, not of the refused one")
                .containsExactly("Заявку " + number + " передали старшему инженеру (линия L2) — он продолжит работу над ней.",
                        "Заявку " + number + " передали старшему инженеру (линия L3) — он продолжит работу над ней.");
    }

    @Test
    void resolvingAsksTheClientAndNoReopens() {
        long seen = lastSeq();
        staff.post(number, "resolve", Map.of("engineer", "Анна", "comment", "Переустановили ключ лицензии"));
        Response asked = client.transcript(seen);
        assertThat(asked.lastText()).contains("Вопрос решён?").contains("Переустановили ключ лицензии");
        assertThat(asked.buttons()).containsExactly("solved:yes", "solved:no");

        Response no = client.press("solved:no");
        assertThat(no.lastText()).contains("снова открыта");
        assertThat(staff.get(number).body().path("status").asString()).isEqualTo("REOPENED");
        assertThat(client.press("solved:yes").lastText()).contains("неактуальна");
    }

    @Test
    void yesClosesTheTicketAndANewRequestCanFollow() {
        staff.post(number, "resolve", Map.of());
        assertThat(client.press("solved:yes").lastText()).contains("закрыта");
        assertThat(staff.get(number).body().path("status").asString()).isEqualTo("CLOSED");
        assertThat(client.say("Спасибо!").buttons()).containsExactly("reopen:" + number, "command:new", "command:tickets");
        assertThat(client.say("/new").lastText()).contains("согласие");
        assertThat(client.press("command:tickets").texts().getFirst()).contains(number, "закрыта");
    }

    @Test
    void badActionsAreRefusedClearly() {
        assertThat(staff.post(number, "take", Map.of()).body().path("error").asString()).isEqualTo("blank_field");
        assertThat(staff.post("HL-999999", "take", Map.of("engineer", "Анна")).status()).isEqualTo(404);
        assertThat(new StaffClient(port, "wrong").post(number, "take", Map.of("engineer", "Анна")).status()).isEqualTo(401);
        staff.post(number, "resolve", Map.of());
        client.press("solved:yes");
        assertThat(staff.post(number, "replies", Map.of("text", "ещё вопрос")).status()).isEqualTo(409);
    }
}
