package org.helpline.channels.telegram.staff;

import org.helpline.channels.telegram.FakeBotApi;
import org.helpline.channels.telegram.BotChat;
import org.helpline.channels.telegram.FakeBotApiLifetime;
import java.time.Duration;
import java.util.List;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.helpline.channels.telegram.FakeBotApi.Call;
import org.helpline.channels.telegram.FakeBotApi.Sent;
import org.helpline.testing.ChatApiTest;
import org.helpline.testing.Images;
import org.helpline.testing.WebChatClient;
import org.helpline.tickets.Ticket;
import org.helpline.tickets.TicketStatus;
import org.helpline.tickets.Tickets;
import org.helpline.tickets.Tier;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.context.annotation.Import;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Engineers work web-chat and Telegram tickets from topics of the staff forum, through the real TelegramBots
 * client against a loopback Bot API: the topic and its card appear, the buttons and messages are the handoff's
 * actions, and what the client says comes back into the topic.
 */
@ChatApiTest
@Import(FakeBotApiLifetime.class)
@DirtiesContext
class StaffTopicsIntegrationTest {

    static final String TOKEN = "STAFF:TOKEN";
    static final long STAFF = -1001234567890L;
    static final long ENGINEER = 501;
    static final long STRANGER = 666;
    static final FakeBotApi telegram = FakeBotApi.start(TOKEN);
    static final Duration WAIT = Duration.ofSeconds(10);

    @DynamicPropertySource
    static void telegram(DynamicPropertyRegistry registry) {
        telegram.wire(registry);
        registry.add("helpline.telegram.staff-chat-id", () -> String.valueOf(STAFF));
        registry.add("helpline.telegram.staff.topic-retry", () -> "500ms");
    }

    @LocalServerPort
    int port;

    @Autowired
    Tickets tickets;

    @Autowired
    MongoTemplate mongo;

    WebChatClient client;
    String number;
    int topic;

    @BeforeEach
    void aWebClientFilesATicket() {
        telegram.member(STAFF, ENGINEER, "member", "Анна", "Петрова");
        client = new WebChatClient(port);
        number = client.fileTicket("Не открывается 1С на компьютере бухгалтера, пишет ошибку лицензии");
        topic = topicOf(number).result().path("message_thread_id").asInt();
    }

    @Test
    void aNewTicketGetsATopicWithItsCardButtonsAndScreenshot() {
        assertThat(topicOf(number).body().path("name").asText()).isEqualTo(number + " · срочный · Иванова");
        Sent card = await().atMost(WAIT).until(() -> telegram.sent(STAFF, topic), sent -> !sent.isEmpty()).getFirst();
        assertThat(card.text()).startsWith(number).contains("Иванова Анна Сергеевна", "Д-20417", "+79123456789",
                "Не открывается 1С", "срочный", "по Москве", "web");
        assertThat(card.buttons()).containsExactly("staff:take:" + number, "staff:escalate:" + number,
                "staff:resolve:" + number);

        Ticket ticket = tickets.find(number).orElseThrow();
        Call screenshot = await().atMost(WAIT).until(() -> documents(topic), documents -> !documents.isEmpty()).getFirst();
        assertThat(screenshot.file()).hasSize((int) ticket.attachments().getFirst().size());
        assertThat(screenshot.body().path("message_thread_id").asInt()).isEqualTo(topic);
    }

    @Test
    void aTicketOpenedWhileTelegramIsDownGetsItsTopicOnceItIsBack() {
        String late;
        telegram.down(true);
        try {
            late = new WebChatClient(port).fileTicket("Не работает сканер в приёмной, компьютер его не видит");
            await().atMost(WAIT).until(() -> telegram.refused(STAFF).stream()
                    .anyMatch(call -> call.method().equalsIgnoreCase("createForumTopic")));
        } finally {
            telegram.down(false);
        }
        assertThat(topicOf(late).body().path("name").asText()).startsWith(late + " · срочный");
        assertThat(telegram.calls("createForumTopic").stream()
                .filter(call -> call.body().path("name").asText().startsWith(late + " "))).hasSize(1);
    }

    @Test
    void takingRepliesAndNotesFromTheTopicAreTheHandoffs() {
        long seen = lastSeq();
        staffDo(telegram.topicPress(STAFF, topic, ENGINEER, "staff:take:" + number));
        await().atMost(WAIT).until(() -> tickets.find(number).orElseThrow().status() == TicketStatus.IN_PROGRESS);
        assertThat(tickets.find(number).orElseThrow().assignee()).isEqualTo("Анна Петрова");
        // The ticket changes just before the client is told: wait for the notice rather than race it.
        await().atMost(WAIT).untilAsserted(() ->
                assertThat(client.transcript(seen).texts()).anySatisfy(text -> assertThat(text).contains("Анна Петрова")));
        await().atMost(WAIT).until(() -> topicSays("Взял(а) в работу: Анна Петрова"));

        staffDo(telegram.topicText(STAFF, topic, ENGINEER, "Перезагрузите, пожалуйста, компьютер."));
        await().atMost(WAIT).until(() -> client.transcript(seen).texts().stream().anyMatch(t -> t.contains("Перезагрузите")));

        client.say("Перезагрузила, всё равно не открывается");
        await().atMost(WAIT).until(() -> topicSays("Клиент: Перезагрузила, всё равно не открывается"));
        client.upload("after-reboot.png", Images.png());
        await().atMost(WAIT).until(() -> documents(topic).stream()
                .anyMatch(call -> call.body().path("caption").asText().contains("after-reboot.png")));

        long beforeNote = lastSeq();
        staffDo(telegram.topicText(STAFF, topic, ENGINEER, "/note@HelplineBot клиент просил звонить после обеда"));
        await().atMost(WAIT).until(() -> history(number).contains("клиент просил звонить после обеда"));
        assertThat(client.transcript(beforeNote).texts()).isEmpty();
    }

    @Test
    void askFromTheTopicQuestionsTheClientAndTheTicketWaitsForTheirAnswer() {
        long seen = lastSeq();
        staffDo(telegram.topicText(STAFF, topic, ENGINEER, "/ask Какая модель принтера?"));
        await().atMost(WAIT).until(() -> tickets.find(number).orElseThrow().status() == TicketStatus.WAITING_FOR_CLIENT);
        // The status is stored a moment before the client's notice joins the transcript: wait for the notice.
        await().atMost(WAIT).untilAsserted(() -> assertThat(client.transcript(seen).texts()).last().asString()
                .contains("Какая модель принтера?").contains("ждёт вашего ответа"));
        assertThat(tickets.find(number).orElseThrow().pausedSince()).isNotNull();

        client.say("HP LaserJet M426");
        assertThat(tickets.find(number).orElseThrow().status()).isEqualTo(TicketStatus.IN_PROGRESS);
        assertThat(tickets.find(number).orElseThrow().pauses()).hasSize(1);
        await().atMost(WAIT).until(() -> topicSays("Клиент: HP LaserJet M426"));
    }

    @Test
    void escalationAsksForTheReasonAndRenamesTheTopic() {
        staffDo(telegram.topicPress(STAFF, topic, ENGINEER, "staff:escalate:" + number));
        Call prompt = await().atMost(WAIT).until(() -> telegram.calls("sendMessage").stream()
                .filter(call -> call.body().path("message_thread_id").asInt() == topic
                        && call.body().path("reply_markup").path("force_reply").asBoolean())
                .findFirst().orElse(null), call -> call != null);
        assertThat(prompt.body().path("text").asText()).contains("причину эскалации");
        // The outbox records the question as awaiting its reply just after Telegram has it; a person is slower.
        int promptId = prompt.result().path("message_id").asInt();
        await().atMost(WAIT).until(() -> mongo.findById(number, StaffTopics.Topic.class).reasonPrompts().contains(promptId));

        staffDo(telegram.topicReply(STAFF, topic, ENGINEER, promptId, "нужен администратор 1С"));
        await().atMost(WAIT).until(() -> tickets.find(number).orElseThrow().tier() == Tier.L2);
        assertThat(history(number)).contains("нужен администратор 1С");
        await().atMost(WAIT).until(() -> telegram.calls("editForumTopic").stream().anyMatch(call ->
                call.body().path("message_thread_id").asInt() == topic
                        && call.body().path("name").asText().equals(number + " · срочный · Иванова · L2")));
        // The reason went to the ticket, not to the client.
        assertThat(client.transcript(0).texts()).noneMatch(text -> text.contains("нужен администратор 1С"));
    }

    @Test
    void resolvingAsksTheClientAndTheirNoReachesTheTopic() {
        long seen = lastSeq();
        staffDo(telegram.topicPress(STAFF, topic, ENGINEER, "staff:resolve:" + number));
        await().atMost(WAIT).until(() -> client.transcript(seen).texts().stream().anyMatch(t -> t.contains("Вопрос решён?")));
        client.press("solved:no");
        assertThat(tickets.find(number).orElseThrow().status()).isEqualTo(TicketStatus.REOPENED);
        await().atMost(WAIT).until(() -> topicSays("НЕ решён"));

        staffDo(telegram.topicPress(STAFF, topic, ENGINEER, "staff:resolve:" + number));
        await().atMost(WAIT).until(() -> client.transcript(seen).texts().stream().filter(t -> t.contains("Вопрос решён?")).count() == 2);
        client.press("solved:yes");
        await().atMost(WAIT).until(() -> topicSays("закрыта"));
        client.press("rating:4");
        client.say("Спасибо, быстро помогли");
        await().atMost(WAIT).until(() -> topicSays("Оценка клиента: 4 из 5"));
        await().atMost(WAIT).until(() -> topicSays("Комментарий клиента к оценке: Спасибо, быстро помогли"));
        // Acting on a closed ticket is answered with a notice, not a crash.
        staffDo(telegram.topicPress(STAFF, topic, ENGINEER, "staff:take:" + number));
        await().atMost(WAIT).until(() -> topicSays("Не получилось: заявка " + number + " сейчас закрыта"));
    }

    @Test
    void strangersAndOtherChatsAreIgnored() {
        long seen = lastSeq();
        var strangerPress = telegram.topicPress(STAFF, topic, STRANGER, "staff:take:" + number);
        telegram.deliver(strangerPress);
        telegram.deliver(telegram.topicText(STAFF, topic, STRANGER, "Я не инженер, но отвечу"));
        telegram.deliver(telegram.topicText(-1009999999999L, topic, ENGINEER, "Сообщение из другого чата"));
        // A note from a staff member, handled after the updates above, marks that they were all seen.
        staffDo(telegram.topicText(STAFF, topic, ENGINEER, "/note отметка"));
        await().atMost(WAIT).until(() -> history(number).contains("отметка"));

        String callbackId = strangerPress.path("callback_query").path("id").asText();
        assertThat(telegram.calls("answerCallbackQuery"))
                .anyMatch(call -> call.body().path("callback_query_id").asText().equals(callbackId));
        Ticket ticket = tickets.find(number).orElseThrow();
        assertThat(ticket.status()).isEqualTo(TicketStatus.NEW);
        assertThat(ticket.assignee()).isNull();
        assertThat(client.transcript(seen).texts()).isEmpty();
        assertThat(history(number)).doesNotContain("Я не инженер").doesNotContain("другого чата");
    }

    @Test
    void aTelegramClientsTicketGetsATopicToo() {
        BotChat chat = new BotChat(telegram);
        String registered = chat.fileTicket("critical");
        String telegramTicket = registered.replaceAll("(?s).*?(HL-\\d{6}).*", "$1");
        int thread = topicOf(telegramTicket).result().path("message_thread_id").asInt();
        assertThat(topicOf(telegramTicket).body().path("name").asText()).startsWith(telegramTicket + " · критический · ");

        staffDo(telegram.topicText(STAFF, thread, ENGINEER, "Здравствуйте! Уже смотрю."));
        chat.awaitReply("Уже смотрю");
    }

    private static void staffDo(ObjectNode update) {
        telegram.deliver(update);
    }

    private static Call topicOf(String number) {
        return await().atMost(WAIT).until(() -> telegram.calls("createForumTopic").stream()
                .filter(call -> call.body().path("name").asText().startsWith(number + " "))
                .findFirst().orElse(null), call -> call != null);
    }

    private static List<Call> documents(int thread) {
        return telegram.calls("sendDocument").stream()
                .filter(call -> call.body().path("message_thread_id").asInt() == thread).toList();
    }

    private boolean topicSays(String text) {
        return telegram.sent(STAFF, topic).stream().anyMatch(sent -> sent.text().contains(text));
    }

    private String history(String ticket) {
        return tickets.find(ticket).orElseThrow().history().toString();
    }

    private long lastSeq() {
        var messages = client.transcript(0).body().path("messages");
        return messages.get(messages.size() - 1).path("seq").asLong();
    }
}
