package org.helpline.erasure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;

import org.helpline.channels.telegram.BotChat;
import org.helpline.channels.telegram.FakeBotApi;
import org.helpline.channels.telegram.FakeBotApiLifetime;
import org.helpline.handoff.Handoff;
import org.helpline.testing.Images;
import org.helpline.testing.WebChatClient;
import org.helpline.tickets.HistoryEntry;
import org.helpline.tickets.Ticket;
import org.helpline.tickets.Tickets;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.data.mongodb.MongoDatabaseFactory;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * A client who filed a ticket with a screenshot and talked to an engineer is forgotten — on their own request in
 * Telegram, or on a staff member's through the API — and then nothing of them is anywhere in the store: every
 * collection and GridFS is read back with the MongoDB driver and searched. The ticket stays, anonymised, with its
 * number, times and statuses.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"helpline.erasure.run-every=1s", "helpline.web-chat.sessions-per-minute=1000"})
@ActiveProfiles("test")
@Import(FakeBotApiLifetime.class)
@DirtiesContext
class ErasureIntegrationTest {

    private static final String STAFF = "test-staff-token";
    private static final String TELEGRAM_DESCRIPTION = "Не открывается 1С на компьютере бухгалтера";
    private static final String WEB_DESCRIPTION = "Сканер в приёмной мигает оранжевым и не сканирует";

    static final FakeBotApi telegram = FakeBotApi.start("ERASE:TOKEN");

    @DynamicPropertySource
    static void telegram(DynamicPropertyRegistry registry) {
        telegram.wire(registry);
    }

    @Autowired
    Tickets tickets;
    @Autowired
    Handoff handoff;
    @Autowired
    Erasure erasure;
    @Autowired
    ErasureRequests requests;
    @Autowired
    MongoDatabaseFactory databases;
    @LocalServerPort
    int port;

    @Test
    void aTelegramClientWhoAsksToBeForgottenLeavesNothingButTheAnonymisedTicket() {
        BotChat chat = new BotChat(telegram);
        String number = chat.fileTicket("urgent").replaceAll("(?s).*?(HL-\\d{6}).*", "$1");
        handoff.take(number, "Мария");
        handoff.reply(number, "Мария", "Анна Сергеевна, перезагрузите, пожалуйста, компьютер");
        chat.awaitReply("перезагрузите");
        chat.say("Перезагрузила, ошибка лицензии осталась", "Передали");
        Ticket before = tickets.find(number).orElseThrow();

        assertThat(chat.say("/forget_me", "forget:yes").getLast().buttons()).containsExactly("forget:yes", "forget:no");
        assertThat(chat.press("forget:yes", "Удаляем").getLast().text()).startsWith("Удаляем ваши данные");

        DeletionRecord record = awaitRecordOf(number);
        assertThat(record.requestedBy()).isEqualTo(Requester.CLIENT);
        assertThat(record.channel()).isEqualTo("telegram");
        assertThat(record.removed()).containsEntry("conversations", 1L).containsEntry("tickets_anonymised", 1L);
        assertThat(record.removed().get("files")).isGreaterThanOrEqualTo(1L);
        awaitNothingLeftOf(List.of("Иванова", "Анна Сергеевна", "+7 912 345-67-89", "79123456789", "Д-20417",
                TELEGRAM_DESCRIPTION, "ошибка лицензии осталась", "перезагрузите", String.valueOf(chat.id()),
                sha256(Images.jpeg()), new String(Images.jpeg(), StandardCharsets.ISO_8859_1)));
        assertAnonymisedInPlace(before);
    }

    @Test
    void staffEraseAWebClientOnTheirRequestAndTheRecordNamesTheStaffMember() {
        WebChatClient client = new WebChatClient(port);
        client.open("ru");
        client.press("consent:yes");
        if (client.say(WEB_DESCRIPTION).buttons().contains("kb:continue")) {
            client.press("kb:continue");
        }
        client.say("Смирнова Ольга Петровна");
        client.say("Д-20417");
        client.say("olga.smirnova@example.ru");
        client.upload("scanner.png", Images.png());
        client.press("files:done");
        client.press("priority:normal");
        String number = client.press("summary:confirm").lastText().replaceAll("(?s).*?(HL-\\d{6}).*", "$1");
        assertThat(tickets.find(number).orElseThrow().client().email()).isEqualTo("olga.smirnova@example.ru");
        Ticket before = tickets.find(number).orElseThrow();

        var accepted = client.postWithToken("/api/tickets/" + number + "/erasure", STAFF, "{\"engineer\":\"Пётр\"}");
        assertThat(accepted.status()).isEqualTo(202);

        DeletionRecord record = awaitRecordOf(number);
        assertThat(record.requestedBy()).isEqualTo(Requester.STAFF);
        assertThat(record.staffMember()).isEqualTo("Пётр");
        awaitNothingLeftOf(List.of("Смирнова", "Ольга Петровна", "olga.smirnova@example.ru", "Д-20417",
                WEB_DESCRIPTION, client.sessionId(), sha256(Images.png()),
                new String(Images.png(), StandardCharsets.ISO_8859_1)));
        assertAnonymisedInPlace(before);
        assertThat(client.postWithToken("/api/tickets/" + number + "/erasure", STAFF, "{}").status())
                .as("a ticket already anonymised").isEqualTo(409);
        assertThat(client.get("/api/erasures", STAFF).body().toString()).contains(number);
    }

    /** The page's button asks first; a client who keeps their data carries on with the intake where they were. */
    @Test
    void aClientWhoThinksBetterOfItKeepsTheirDataAndTheIntakeGoesOn() {
        WebChatClient client = new WebChatClient(port);
        client.open("ru");
        client.press("consent:yes");
        assertThat(client.press("forget:yes").lastText()).as("a confirmation never asked for").contains("/forget_me");

        var asked = client.press("command:forget_me");
        assertThat(asked.buttons()).containsExactly("forget:yes", "forget:no");
        assertThat(client.press("forget:no").lastText()).contains("ничего не удаляем");
        var described = client.say("Не работает почта в отделе кадров");
        assertThat(described.buttons().contains("kb:continue") || described.lastText().contains("Как к вам обращаться"))
                .as("the intake took the description: %s", described.texts()).isTrue();
        assertThat(requests.waiting()).noneMatch(request -> request.chatId().equals(client.sessionId()));
    }

    private DeletionRecord awaitRecordOf(String number) {
        return await().atMost(Duration.ofSeconds(30)).until(
                () -> erasure.records().stream().filter(record -> record.tickets().contains(number)).findFirst(),
                java.util.Optional::isPresent).orElseThrow();
    }

    /** The bot's last message may still be leaving the outbox when the record is written: it goes once sent. */
    private void awaitNothingLeftOf(List<String> texts) {
        StoreScan scan = new StoreScan(databases.getMongoDatabase());
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(scan.find(texts)).isEmpty());
    }

    private void assertAnonymisedInPlace(Ticket before) {
        Ticket after = tickets.find(before.number()).orElseThrow();
        assertThat(after.client().name()).isEqualTo("[erased]");
        assertThat(after.status()).isEqualTo(before.status());
        assertThat(after.createdAt()).isEqualTo(before.createdAt());
        assertThat(after.responseDueAt()).isEqualTo(before.responseDueAt());
        assertThat(after.firstResponseAt()).isEqualTo(before.firstResponseAt());
        assertThat(after.attachments()).isEmpty();
        assertThat(after.history()).extracting(HistoryEntry::event, HistoryEntry::at, HistoryEntry::actor)
                .containsExactlyElementsOf(before.history().stream()
                        .map(entry -> org.assertj.core.groups.Tuple.tuple(entry.event(), entry.at(), entry.actor()))
                        .toList());
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
