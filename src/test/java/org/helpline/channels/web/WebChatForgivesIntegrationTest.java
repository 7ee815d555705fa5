package org.helpline.channels.web;

import org.helpline.testing.ChatApiTest;
import org.helpline.testing.Images;
import org.helpline.testing.WebChatClient;
import org.helpline.testing.WebChatClient.Response;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

import static org.assertj.core.api.Assertions.assertThat;

/** The intake's input rules and ways forward through the web chat's JSON API, as the chat page meets them. */
@ChatApiTest
class WebChatForgivesIntegrationTest {

    private static final String STAFF = "test-staff-token";
    private static final String DESCRIPTION = "Не работает сканер в приёмной, компьютер его не видит";

    @LocalServerPort
    int port;
    @Autowired
    MongoTemplate mongo;

    WebChatClient client;

    @BeforeEach
    void client() {
        client = new WebChatClient(port);
    }

    private void atName() {
        client.open("ru");
        client.press("consent:yes");
        if (client.say(DESCRIPTION).buttons().contains("kb:continue")) {
            client.press("kb:continue");
        }
    }

    @Test
    void aDescriptionWithoutWordsIsRefusedAndMarkedForThePageToKeep() {
        client.open("ru");
        client.press("consent:yes");
        Response emoji = client.say("😭😭😭😭😭😭😭😭😭😭😭😭😭😭😭😭😭😭😭😭!!!");
        assertThat(emoji.status()).isEqualTo(200);
        assertThat(emoji.body().path("textRefused").asBoolean()).isTrue();
        assertThat(emoji.lastText()).contains("словами");
        Response tooLong = client.say("Очень длинное описание. ".repeat(200));
        assertThat(tooLong.body().path("textRefused").asBoolean()).isTrue();
        assertThat(tooLong.lastText()).contains("4000");
        Response taken = client.say(DESCRIPTION);
        assertThat(taken.body().path("textRefused").asBoolean()).isFalse();
    }

    @Test
    void aNameMustLookLikeANameAndAContractIsNormalised() {
        atName();
        Response notAName = client.say("не работает");
        assertThat(notAName.body().path("textRefused").asBoolean()).isTrue();
        assertThat(notAName.lastText()).contains("ФИО");
        client.say("Петров Пётр Петрович");
        client.say("д 2024/115");
        client.say("petrov@example.ru");
        client.upload("screen.png", Images.png());
        client.press("files:done");
        client.press("priority:low");
        String number = client.press("summary:confirm").lastText().replaceAll("(?s).*?(HL-\\d{6}).*", "$1");
        assertThat(client.get("/api/tickets/" + number, STAFF).body().path("client").path("contract").asString())
                .isEqualTo("Д-2024/115");
    }

    @Test
    void aClientWithoutTheirContractLeavesAPhoneTheStaffSee() {
        atName();
        client.say("Сидорова Мария Ивановна");
        Response offered = client.say("не помню");
        assertThat(offered.buttons()).containsExactly("contract:callback");
        assertThat(offered.lastText()).contains("+7 (800) 000-00-00");
        client.press("contract:callback");
        Response thanks = client.say("+7 912 000-11-22");
        assertThat(thanks.lastText()).contains("+79120001122");
        assertThat(thanks.buttons()).containsExactly("command:new", "command:tickets");

        assertThat(client.get("/api/callbacks", null).status()).isEqualTo(401);
        Response callBacks = client.get("/api/callbacks", STAFF);
        assertThat(callBacks.status()).isEqualTo(200);
        assertThat(callBacks.body().valueStream().filter(c -> c.path("phone").asString().equals("+79120001122")))
                .singleElement().satisfies(callBack -> {
                    assertThat(callBack.path("name").asString()).isEqualTo("Сидорова Мария Ивановна");
                    assertThat(callBack.path("description").asString()).isEqualTo(DESCRIPTION);
                    assertThat(callBack.path("channel").asString()).isEqualTo("web");
                    assertThat(callBack.path("requestedAt").asString()).endsWith("Z");
                });
    }

    @Test
    void aRefusedUploadIsTheBotsMessageInTheTranscript() {
        atName();
        client.say("Петров Пётр Петрович");
        client.say("2024/115");
        client.say("petrov@example.ru");
        for (var refused : new Object[][]{
                {"big.png", new byte[6 * 1024 * 1024], 413, "5 МБ"},
                // past the servlet's own 50 MB bound too: still the bot's message, not a bare error
                {"video.png", new byte[51 * 1024 * 1024], 413, "5 МБ"},
                {"virus.png", "#!/bin/sh\necho hi\n".getBytes(), 415, "не принимаем"},
                {"empty.png", new byte[0], 400, "пустой"}}) {
            Response upload = client.upload((String) refused[0], (byte[]) refused[1]);
            assertThat(upload.status()).as((String) refused[0]).isEqualTo(refused[2]);
            assertThat(upload.lastText()).contains((String) refused[3]);
            long seq = upload.body().path("messages").get(0).path("seq").asLong();
            assertThat(client.transcript(seq - 1).texts()).first().asString().contains((String) refused[3]);
        }
    }

    @Test
    void afterTheTicketTheClientPressesButtonsNotCommands() {
        String number = client.fileTicket(DESCRIPTION);
        Response registered = client.transcript(0);
        assertThat(registered.lastText()).contains(number).doesNotContain("/start", "/new");
        assertThat(registered.buttons()).containsExactly("command:new", "command:tickets");
        Response mine = client.press("command:tickets");
        assertThat(mine.lastText()).contains(number + " — новая");
        assertThat(mine.buttons()).containsExactly("command:new", "command:tickets");
        assertThat(client.press("command:new").lastText()).contains("согласие");
    }

    @Test
    void aConversationStoredBeforeContractMissesWereCountedCarriesOn() {
        atName();
        client.say("Петров Пётр Петрович");
        mongo.updateFirst(Query.query(Criteria.where("_id").is("web:" + client.sessionId())),
                new Update().unset("intake.contractMisses"), "conversations");
        assertThat(client.say("2024/115").lastText()).contains("связаться");
    }
}
