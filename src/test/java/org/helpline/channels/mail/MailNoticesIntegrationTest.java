package org.helpline.channels.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.bson.Document;
import org.helpline.channels.mail.Inbox.Mail;
import org.helpline.testing.ChatApiTest;
import org.helpline.testing.WebChatClient;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * E-mail notices through a loopback SMTP server: a web-chat client who left an e-mail gets the registration, each
 * engineer's answer and question, and the resolution, in their language; one who left a phone gets none; an
 * address the intake took but no mail server would is given up, not retried.
 */
@ChatApiTest
class MailNoticesIntegrationTest {

    private static final Inbox inbox = Inbox.start();
    private static final Duration MAIL_ARRIVES = Duration.ofSeconds(20);

    @DynamicPropertySource
    static void smtp(DynamicPropertyRegistry properties) {
        properties.add("helpline.mail.host", () -> "127.0.0.1");
        properties.add("helpline.mail.port", inbox::port);
        properties.add("helpline.mail.security", () -> "none");
        properties.add("helpline.mail.username", () -> Inbox.LOGIN);
        properties.add("helpline.mail.password", () -> Inbox.PASSWORD);
        properties.add("helpline.mail.from", () -> "Helpline <support@helpline.test>");
        properties.add("helpline.mail.per-minute", () -> "6000");
    }

    @AfterAll
    static void stopServer() {
        inbox.close();
    }

    @LocalServerPort
    int port;
    @Autowired
    MongoTemplate mongo;

    @Test
    void aClientWithAnEmailIsMailedTheRegistrationEachAnswerAndTheResolution() {
        String address = "anna.ivanova@example.ru";
        WebChatClient client = new WebChatClient(port);
        String number = client.fileTicket("ru", "Иванова Анна Сергеевна", address,
                "Не открывается 1С на компьютере бухгалтера, пишет ошибку лицензии");

        Mail registered = awaitMail(address, 1).getFirst();
        assertThat(registered.subject()).isEqualTo("Заявка " + number + " зарегистрирована");
        assertThat(registered.body()).startsWith("Здравствуйте, Иванова Анна Сергеевна!")
                .contains("Ваша заявка " + number + " зарегистрирована",
                        "Не открывается 1С на компьютере бухгалтера, пишет ошибку лицензии",
                        "Ответить можно в веб-чате http://localhost:" + port + "/");

        StaffApi staff = new StaffApi(port);
        staff.act(number, "take", Map.of("engineer", "Пётр"));
        staff.act(number, "replies", Map.of("engineer", "Пётр", "text", "Переустановили ключ лицензии, проверьте, пожалуйста."));
        Mail reply = awaitMail(address, 2).getLast();
        assertThat(reply.subject()).isEqualTo("Ответ инженера по заявке " + number);
        assertThat(reply.body()).contains("Пётр, инженер поддержки, ответил по заявке " + number,
                "Переустановили ключ лицензии, проверьте, пожалуйста.", "ответ на это письмо до инженера не дойдёт");

        staff.act(number, "replies", Map.of("engineer", "Пётр", "text", "На каком компьютере ошибка осталась?",
                "waitForClient", true));
        Mail question = awaitMail(address, 3).getLast();
        assertThat(question.subject()).isEqualTo("Вопрос инженера по заявке " + number);
        assertThat(question.body()).contains("На каком компьютере ошибка осталась?", "Заявка ждёт вашего ответа.");

        staff.act(number, "resolve", Map.of("engineer", "Пётр", "comment", "Лицензию продлили до конца года"));
        Mail resolved = awaitMail(address, 4).getLast();
        assertThat(resolved.subject()).isEqualTo("Заявка " + number + " решена");
        assertThat(resolved.body()).contains("Инженер Пётр отметил заявку " + number + " решённой",
                "Лицензию продлили до конца года", "заявку откроют снова");

        assertThat(inbox.to(address)).as("taking the ticket is told in the chat only").hasSize(4)
                .allSatisfy(mail -> assertThat(mail.to()).containsExactly(address));
    }

    @Test
    void aClientWhoLeftAPhoneIsMailedNothing() {
        int before = inbox.received().size();
        StaffApi staff = new StaffApi(port);
        String byPhone = new WebChatClient(port).fileTicket("Не печатает сетевой принтер в бухгалтерии, очередь зависла");
        staff.act(byPhone, "replies", Map.of("engineer", "Пётр", "text", "Перезапустили очередь печати."));
        staff.act(byPhone, "resolve", Map.of("engineer", "Пётр"));

        // The notices hear events in order: once a later ticket's mail is here, the phone client's events were heard.
        String address = "later.client@example.ru";
        String byMail = new WebChatClient(port).fileTicket("ru", "Петров Иван", address,
                "Не работает сканер в приёмной, пишет ошибку подключения");
        awaitMail(address, 1);

        List<Mail> received = inbox.received();
        assertThat(received.subList(before, received.size())).singleElement().satisfies(mail -> {
            assertThat(mail.to()).containsExactly(address);
            assertThat(mail.subject()).contains(byMail);
        });
        await().atMost(MAIL_ARRIVES).untilAsserted(() -> assertThat(mailsInOutbox()).as("nothing queued, nothing failed")
                .isEmpty());
    }

    @Test
    void anEnglishClientIsMailedInEnglish() {
        String address = "john.smith@example.com";
        String number = new WebChatClient(port).fileTicket("en", "John Smith", address,
                "Outlook does not send mail since this morning, an error about the server");

        Mail registered = awaitMail(address, 1).getFirst();
        assertThat(registered.subject()).isEqualTo("Request " + number + " is registered");
        assertThat(registered.body()).startsWith("Hello John Smith,")
                .contains("Outlook does not send mail since this morning", "You can answer in the web chat at http://localhost:" + port + "/");

        new StaffApi(port).act(number, "replies", Map.of("engineer", "Anna", "text", "Please restart Outlook."));
        Mail reply = awaitMail(address, 2).getLast();
        assertThat(reply.subject()).isEqualTo("Engineer's answer on request " + number);
        assertThat(reply.body()).contains("Anna, support engineer, answered on request " + number, "Please restart Outlook.");
    }

    @Test
    void anAddressNoMailServerTakesIsGivenUpAndLogged() {
        String address = "anna..petrova@example.ru"; // the intake's check takes it; as a mail address it is broken
        new WebChatClient(port).fileTicket("ru", "Петрова Анна", address,
                "Не открывается общая папка на сервере, пишет нет доступа");

        await().atMost(MAIL_ARRIVES).untilAsserted(() -> assertThat(mailsInOutbox()).singleElement()
                .satisfies(mail -> {
                    assertThat(mail.getString("chatId")).isEqualTo(address);
                    assertThat(mail.getString("status")).isEqualTo("FAILED");
                    assertThat(mail.getString("error")).contains("not an e-mail address");
                    assertThat(mail.getInteger("attempts")).as("refused for good at once").isEqualTo(1);
                }));
        assertThat(inbox.to(address)).isEmpty();
        mongo.remove(Query.query(Criteria.where("chatId").is(address)), "outbox");
    }

    private List<Document> mailsInOutbox() {
        return mongo.find(Query.query(Criteria.where("channel").is("mail")), Document.class, "outbox");
    }

    private static List<Mail> awaitMail(String address, int count) {
        return await().atMost(MAIL_ARRIVES).until(() -> inbox.to(address), mails -> mails.size() >= count);
    }
}
