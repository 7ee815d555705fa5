package org.helpline.channels.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;

import org.helpline.channels.mail.Inbox.Mail;
import org.helpline.channels.telegram.BotChat;
import org.helpline.channels.telegram.FakeBotApi;
import org.helpline.channels.telegram.FakeBotApiLifetime;
import org.helpline.handoff.Handoff;
import org.helpline.testing.Images;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** A Telegram client who left an e-mail is mailed too, and told to answer in Telegram. */
@SpringBootTest
@ActiveProfiles("test")
@Import(FakeBotApiLifetime.class)
@DirtiesContext
class TelegramMailIntegrationTest {

    private static final FakeBotApi telegram = FakeBotApi.start("TEST:TOKEN");
    private static final Inbox inbox = Inbox.start();

    @DynamicPropertySource
    static void servers(DynamicPropertyRegistry properties) {
        telegram.wire(properties);
        properties.add("helpline.mail.host", () -> "127.0.0.1");
        properties.add("helpline.mail.port", inbox::port);
        properties.add("helpline.mail.security", () -> "none");
        properties.add("helpline.mail.username", () -> Inbox.LOGIN);
        properties.add("helpline.mail.password", () -> Inbox.PASSWORD);
        properties.add("helpline.mail.from", () -> "support@helpline.test");
    }

    @AfterAll
    static void stopServer() {
        inbox.close();
    }

    @Autowired
    Handoff handoff;

    @Test
    void theRegistrationAndTheAnswerAreMailedWithHowToAnswerInTelegram() {
        String address = "maria.kuznetsova@example.ru";
        BotChat chat = new BotChat(telegram);
        chat.say("/start", "consent:yes");
        chat.press("consent:yes", "Опишите");
        if (chat.say("Не работает VPN из дома, пишет ошибку сертификата", "kb:continue", "Как к вам обращаться")
                .getLast().buttons().contains("kb:continue")) {
            chat.press("kb:continue", "Как к вам обращаться");
        }
        chat.say("Кузнецова Мария", "номер вашего договора");
        chat.say("Д-20417", "Как с вами связаться");
        chat.say(address, "скриншот");
        chat.send(telegram.photo(chat.id(), Images.jpeg()), "files:done");
        chat.press("files:done", "priority:urgent");
        chat.press("priority:urgent", "summary:confirm");
        String number = chat.press("summary:confirm", "зарегистрирована").getLast().text()
                .replaceAll("(?s).*?(HL-\\d{6}).*", "$1");

        Mail registered = awaitMail(address, 1).getFirst();
        assertThat(registered.subject()).isEqualTo("Заявка " + number + " зарегистрирована");
        assertThat(registered.body()).contains("Не работает VPN из дома",
                "Ответить можно в Telegram, в чате с нашим ботом");

        handoff.reply(number, "Пётр", "Обновили сертификат, переподключитесь, пожалуйста.");
        chat.awaitReply("Обновили сертификат");
        Mail reply = awaitMail(address, 2).getLast();
        assertThat(reply.subject()).isEqualTo("Ответ инженера по заявке " + number);
        assertThat(reply.body()).contains("Обновили сертификат, переподключитесь, пожалуйста.", "в Telegram");
    }

    private static List<Mail> awaitMail(String address, int count) {
        return await().atMost(Duration.ofSeconds(20)).until(() -> inbox.to(address), mails -> mails.size() >= count);
    }
}
