package org.helpline.channels.web;

import java.util.Map;
import java.util.UUID;

import org.helpline.testing.Images;
import org.helpline.testing.ChatApiTest;
import org.helpline.testing.WebChatClient;
import org.helpline.testing.WebChatClient.Response;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/** The web chat's JSON contract over real HTTP, against the embedded store, as the chat page uses it. */
@ChatApiTest
class WebChatApiIntegrationTest {

    private static final String STAFF = "test-staff-token";

    @LocalServerPort
    int port;

    WebChatClient client;

    @BeforeEach
    void client() {
        client = new WebChatClient(port);
    }

    @Test
    void aWholeIntakeEndsInAStoredTicketWithItsScreenshot() {
        String number = client.fileTicket("Не открывается 1С на компьютере бухгалтера, пишет ошибку лицензии");
        assertThat(number).matches("HL-\\d{6}");

        Response ticket = client.get("/api/tickets/" + number, STAFF);
        assertThat(ticket.status()).isEqualTo(200);
        assertThat(ticket.body().path("status").asString()).isEqualTo("NEW");
        assertThat(ticket.body().path("priority").asString()).isEqualTo("URGENT");
        assertThat(ticket.body().path("tier").asString()).isEqualTo("L1");
        assertThat(ticket.body().path("client").path("contract").asString()).isEqualTo("Д-20417");
        assertThat(ticket.body().path("client").path("channel").asString()).isEqualTo("web");
        assertThat(ticket.body().path("createdAt").asString()).endsWith("Z");
        assertThat(ticket.body().path("responseDueAt").asString()).matches("\\d{4}-\\d{2}-\\d{2}T.*Z");

        var attachment = ticket.body().path("attachments").get(0);
        assertThat(attachment.path("contentType").asString()).isEqualTo("image/png");
        var bytes = client.getBytes("/api/tickets/" + number + "/attachments/" + attachment.path("id").asString(), STAFF);
        assertThat(bytes.statusCode()).isEqualTo(200);
        assertThat(bytes.headers().firstValue("Content-Type")).hasValue("image/png");
        assertThat(bytes.body()).isEqualTo(Images.png());
        assertThat(attachment.path("size").asLong()).isEqualTo(Images.png().length);
    }

    @Test
    void openingASessionGreetsWithNumberedMessagesAndButtons() {
        Response opened = client.open("ru");
        assertThat(opened.status()).isEqualTo(200);
        assertThat(opened.body().path("sessionId").asString()).isNotBlank();
        var first = opened.body().path("messages").get(0);
        assertThat(first.path("seq").asLong()).isEqualTo(1);
        assertThat(first.path("buttons").get(0).path("label").asString()).isEqualTo("Согласен");
        assertThat(first.path("buttons").get(0).path("value").asString()).isEqualTo("consent:yes");
    }

    @Test
    void theTranscriptHasEveryBotMessageAfterAGivenNumber() {
        client.open("ru");
        client.press("consent:yes");
        client.say("коротко");
        Response all = client.transcript(0);
        assertThat(all.body().path("messages").valueStream().map(m -> m.path("seq").asLong()))
                .containsExactly(1L, 2L, 3L);
        assertThat(client.transcript(2).texts()).hasSize(1).first().asString().contains("20");
    }

    @Test
    void theSameClientMessageIdTwiceHasOneEffect() {
        client.open("ru");
        Response first = client.sendOnce(Map.of("action", "consent:yes", "clientMessageId", "m-1"));
        Response again = client.sendOnce(Map.of("action", "consent:yes", "clientMessageId", "m-1"));
        assertThat(again.body()).isEqualTo(first.body());
        assertThat(client.transcript(0).texts()).hasSize(2);
    }

    @Test
    void englishSessionsAnswerInEnglish() {
        Response opened = client.open("en");
        assertThat(opened.texts().getFirst()).startsWith("Hello!");
        assertThat(client.say("something").lastText()).contains("«I agree»");
    }

    @Test
    void anUnknownLanguageIsRefusedNamingTheOnesThereAre() {
        Response refused = client.open("de");
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body().path("error").asString()).isEqualTo("unsupported_language");
        assertThat(refused.body().path("message").asString()).contains("ru, en");
    }

    @Test
    void anUnknownSessionIs404AndAMalformedOne400() {
        Response unknown = client.resume(UUID.randomUUID().toString()).say("Привет");
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.body().path("error").asString()).isEqualTo("not_found");
        assertThat(unknown.body().path("message").asString()).contains("Обновите страницу");
        Response malformed = client.resume("not-a-session").say("Привет");
        assertThat(malformed.status()).isEqualTo(400);
        assertThat(malformed.body().path("error").asString()).isEqualTo("malformed_id");
    }

    @Test
    void anErrorIsAProblemDetailThatKeepsErrorAndMessage() {
        client.open("en");
        Response empty = client.sendOnce(Map.of("text", "   "));

        assertThat(empty.status()).isEqualTo(400);
        assertThat(empty.body().path("title").asString()).isEqualTo("Bad Request");
        assertThat(empty.body().path("status").asInt()).isEqualTo(400);
        assertThat(empty.body().path("error").asString()).isEqualTo("empty_message");
        assertThat(empty.body().path("message").asString()).contains("empty");
        assertThat(empty.body().path("detail").asString()).isEqualTo(empty.body().path("message").asString());
    }

    @Test
    void malformedJsonAndEmptyMessagesAre400InTheSessionsLanguage() {
        client.open("en");
        Response broken = client.postRaw("/api/chat/sessions/" + client.sessionId() + "/messages",
                "application/json", "{\"text\": ");
        assertThat(broken.status()).isEqualTo(400);
        assertThat(broken.body().path("error").asString()).isEqualTo("bad_request");
        Response empty = client.sendOnce(Map.of("text", "   "));
        assertThat(empty.status()).isEqualTo(400);
        assertThat(empty.body().path("message").asString()).contains("empty");
    }

    @Test
    void aWrongContentTypeIs415() {
        client.open("ru");
        Response wrong = client.postRaw("/api/chat/sessions/" + client.sessionId() + "/messages",
                "text/plain", "hello");
        assertThat(wrong.status()).isEqualTo(415);
        assertThat(wrong.body().path("error").asString()).isEqualTo("unsupported_type");
    }

    @Test
    void refusedUploadsAre413Or415AndTheStepCarriesOn() {
        walkToScreenshot();
        Response wrongType = client.upload("virus.png", "#!/bin/sh\necho hi\n".getBytes());
        assertThat(wrongType.status()).isEqualTo(415);
        assertThat(wrongType.body().path("error").asString()).isEqualTo("unsupported_type");
        assertThat(wrongType.body().path("message").asString()).contains("не принимаем");

        Response oversized = client.upload("big.png", new byte[6 * 1024 * 1024]);
        assertThat(oversized.status()).isEqualTo(413);
        assertThat(oversized.body().path("message").asString()).contains("5 МБ");

        Response accepted = client.upload("screen.png", Images.png());
        assertThat(accepted.status()).isEqualTo(200);
        assertThat(accepted.buttons()).containsExactly("files:done");
    }

    @Test
    void anOversizedTextIs413() {
        client.open("ru");
        Response huge = client.say("а".repeat(30_000));
        assertThat(huge.status()).isEqualTo(413);
        assertThat(huge.body().path("error").asString()).isEqualTo("message_too_large");
    }

    @Test
    void staffApiNeedsTheBearerToken() {
        assertThat(client.get("/api/tickets", null).status()).isEqualTo(401);
        Response wrong = client.get("/api/tickets", "guess");
        assertThat(wrong.status()).isEqualTo(401);
        assertThat(wrong.body().path("error").asString()).isEqualTo("unauthorized");
        assertThat(client.get("/api/tickets", STAFF).status()).isEqualTo(200);
        assertThat(client.get("/api/tickets/HL-999999", STAFF).status()).isEqualTo(404);
        assertThat(client.get("/api/tickets?status=bogus", STAFF).status()).isEqualTo(400);
    }

    @Test
    void ticketsAreListedAndFilteredByStatusAndPriority() {
        String number = client.fileTicket("Не работает сканер в приёмной, компьютер его не видит");
        Response urgent = client.get("/api/tickets?priority=urgent", STAFF);
        assertThat(urgent.body().valueStream().map(t -> t.path("number").asString())).contains(number);
        assertThat(urgent.body().valueStream().map(t -> t.path("priority").asString())).containsOnly("URGENT");
        Response low = client.get("/api/tickets?priority=LOW&status=NEW", STAFF);
        assertThat(low.body().valueStream().map(t -> t.path("number").asString())).doesNotContain(number);
        Response all = client.get("/api/tickets", STAFF);
        assertThat(all.body().valueStream().map(t -> t.path("number").asString())).contains(number);
    }

    @Test
    void healthIsPublicAndUp() {
        Response health = client.get("/actuator/health", null);
        assertThat(health.status()).isEqualTo(200);
        assertThat(health.body().toString()).isEqualTo("{\"status\":\"UP\"}");
        assertThat(client.get("/v3/api-docs", null).status()).isEqualTo(200);
    }

    private void walkToScreenshot() {
        client.open("ru");
        client.press("consent:yes");
        if (client.say("Не работает сканер в приёмной, компьютер его не видит").buttons().contains("kb:continue")) {
            client.press("kb:continue");
        }
        client.say("Петров Пётр Петрович");
        client.say("2024/115");
        client.say("petrov@example.ru");
    }
}
