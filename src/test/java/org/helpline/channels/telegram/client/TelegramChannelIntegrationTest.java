package org.helpline.channels.telegram.client;

import org.helpline.channels.telegram.FakeBotApi;
import org.helpline.channels.telegram.BotChat;
import org.helpline.channels.telegram.FakeBotApiLifetime;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.helpline.channels.telegram.FakeBotApi.Sent;
import org.helpline.channels.telegram.botapi.TelegramReplies;
import org.helpline.conversation.Conversations;
import org.helpline.conversation.Button;
import org.helpline.conversation.Reply;
import org.helpline.handoff.Handoff;
import org.helpline.knowledge.SuggestionFeedback;
import org.helpline.testing.Images;
import org.helpline.tickets.Ticket;
import org.helpline.tickets.Tickets;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/** Clients file requests through the real TelegramBots client and long polling, against a loopback Bot API. */
@SpringBootTest
@ActiveProfiles("test")
@Import(FakeBotApiLifetime.class)
@DirtiesContext
class TelegramChannelIntegrationTest {

    static final String TOKEN = "TEST:TOKEN";
    static final FakeBotApi telegram = FakeBotApi.start(TOKEN);

    @DynamicPropertySource
    static void telegram(DynamicPropertyRegistry registry) {
        telegram.wire(registry);
    }

    @Autowired
    Tickets tickets;

    @Autowired
    Conversations conversations;

    @Autowired
    Handoff handoff;
    @Autowired
    SuggestionFeedback feedback;

    private static final Pattern ARTICLE_LINK = Pattern.compile("/kb/([a-z0-9-]+)\\?lang=");

    @Test
    void aWholeIntakeWithAPhotoEndsInAStoredTicketWithTheImage() {
        BotChat chat = new BotChat(telegram);
        Sent greeting = chat.say("/start", "consent:yes").getLast();
        assertThat(greeting.text()).startsWith("Здравствуйте");
        assertThat(greeting.buttons()).contains("consent:yes", "consent:no");
        chat.press("consent:yes", "Опишите");
        if (chat.say("Не открывается 1С на компьютере бухгалтера, пишет ошибку лицензии", "kb:continue", "Как к вам обращаться")
                .getLast().buttons().contains("kb:continue")) {
            chat.press("kb:continue", "Как к вам обращаться");
        }
        chat.say("Иванова Анна Сергеевна", "номер вашего договора");
        chat.say("Д-20417", "Как с вами связаться");
        chat.say("+7 912 345-67-89", "скриншот");

        byte[] screenshot = Images.jpeg();
        assertThat(chat.send(telegram.photo(chat.id(), screenshot), "files:done").getFirst().text()).contains("получен");
        chat.press("files:done", "priority:urgent");
        chat.press("priority:urgent", "summary:confirm");
        String registered = chat.press("summary:confirm", "зарегистрирована").getLast().text();

        assertThat(registered).matches("(?s)Заявка HL-\\d{6} зарегистрирована.*");
        Ticket ticket = tickets.find(registered.replaceAll("(?s).*?(HL-\\d{6}).*", "$1")).orElseThrow();
        assertThat(ticket.client().channel()).isEqualTo("telegram");
        assertThat(ticket.client().contract()).isEqualTo("Д-20417");
        // The full-size photo, fetched through the configured base URL — not the thumbnail.
        assertThat(ticket.attachments()).singleElement().satisfies(attachment -> {
            assertThat(attachment.contentType()).isEqualTo("image/jpeg");
            assertThat(attachment.size()).isEqualTo(screenshot.length);
            assertThat(attachment.sha256()).isEqualTo(sha256(screenshot));
        });
    }

    /** Several articles get a «helped» button each, and pressing one counts for that article only. */
    @Test
    void helpedCountsForTheArticleWhoseButtonWasPressed() {
        BotChat chat = new BotChat(telegram);
        chat.say("/start", "consent:yes");
        chat.press("consent:yes", "Опишите");
        Sent offered = chat.say("Аутлук всё время просит пароль", "kb:continue", "Как к вам обращаться").getLast();
        List<String> shown = ARTICLE_LINK.matcher(offered.text()).results().map(link -> link.group(1)).toList();
        assertThat(shown).as("a description offered several articles").hasSizeGreaterThan(1);
        assertThat(offered.buttons()).containsExactlyElementsOf(Stream.concat(
                IntStream.rangeClosed(1, shown.size()).mapToObj(place -> "kb:helped:" + place), Stream.of("kb:continue")).toList());
        JsonNode keyboard = telegram.calls("sendMessage").stream()
                .filter(call -> call.body().path("chat_id").asText().equals(String.valueOf(chat.id())))
                .toList().getLast().body().path("reply_markup").path("inline_keyboard");
        assertThat(keyboard.get(1).get(0).path("text").asText()).startsWith("Помогла: ");
        Map<String, Long> before = helpedCounts();

        assertThat(chat.press("kb:helped:2", "рады, что помогло").getLast().buttons()).contains("command:new");

        Map<String, Long> after = helpedCounts();
        assertThat(after.getOrDefault(shown.get(1), 0L)).isEqualTo(before.getOrDefault(shown.get(1), 0L) + 1);
        for (String other : shown.subList(0, 1)) {
            assertThat(after.getOrDefault(other, 0L)).as(other).isEqualTo(before.getOrDefault(other, 0L));
        }
        assertThat(chat.press("kb:helped:1", "command:new").getLast().text())
                .as("the intake is over: another article's button counts nothing").doesNotContain("рады, что помогло");
        assertThat(helpedCounts()).isEqualTo(after);
    }

    private Map<String, Long> helpedCounts() {
        return feedback.stats().articles().stream()
                .collect(Collectors.toMap(SuggestionFeedback.ArticleStats::id, SuggestionFeedback.ArticleStats::helped));
    }

    @Test
    void theClientHearsTheTicketsLifeRatesItAndReopensItWithCommands() {
        BotChat chat = new BotChat(telegram);
        String number = chat.fileTicket("urgent").replaceAll("(?s).*?(HL-\\d{6}).*", "$1");

        handoff.take(number, "Анна");
        assertThat(chat.awaitReply("взял в работу").getLast().text()).contains(number, "Анна");
        assertThat(chat.say("Перезагрузила, не помогло", "Передали инженеру").getLast().text()).isEqualTo("Передали инженеру.");
        handoff.escalate(number, "Анна", "нужен администратор 1С");
        assertThat(chat.awaitReply("старшему инженеру").getLast().text()).contains(number, "L2");
        handoff.resolve(number, "Ольга", "Переустановили ключ");
        assertThat(chat.awaitReply("Вопрос решён?").getLast().buttons()).containsExactly("solved:yes", "solved:no");

        assertThat(chat.press("solved:yes", "rating:5").getLast().buttons()).contains("rating:1", "rating:5", "reopen:" + number);
        chat.press("rating:5", "Спасибо за оценку");
        assertThat(tickets.find(number).orElseThrow().rating()).isEqualTo(5);
        assertThat(chat.say("/status", "Ваши заявки").getLast().text()).contains(number + " — закрыта");
        assertThat(chat.say("/reopen@HelplineBot " + number, "снова открыта").getLast().text()).contains(number);
        assertThat(tickets.find(number).orElseThrow().status().name()).isEqualTo("REOPENED");
    }

    @Test
    void aButtonIsAnsweredBeforeTheBotReplies() {
        BotChat chat = new BotChat(telegram);
        chat.say("/start", "consent:yes");
        ObjectNode press = telegram.press(chat.id(), "consent:yes");
        Sent reply = chat.send(press, "Опишите").getFirst();
        String callbackId = press.path("callback_query").path("id").asText();
        assertThat(telegram.calls("answerCallbackQuery"))
                .filteredOn(call -> call.body().path("callback_query_id").asText().equals(callbackId))
                .singleElement().satisfies(answer -> assertThat(answer.order()).isLessThan(reply.order()));
    }

    @Test
    void aScreenshotSentAsADocumentIsTaken() {
        BotChat chat = new BotChat(telegram);
        chat.walkToScreenshot();
        List<Sent> received = chat.send(telegram.document(chat.id(), "screen.png", "image/png", Images.png()), "files:done");
        assertThat(received.getFirst().text()).contains("«screen.png»").contains("получен");
    }

    @Test
    void aNonImageAndAnOversizedFileAreRefusedAndNothingIsStored() {
        BotChat chat = new BotChat(telegram);
        chat.walkToScreenshot();
        assertThat(chat.send(telegram.document(chat.id(), "virus.png", "image/png", "#!/bin/sh\necho hi\n".getBytes()),
                "не принимаем")).hasSize(1);

        ObjectNode oversized = telegram.document(chat.id(), "big.png", "image/png", Images.png(), 6L * 1024 * 1024);
        assertThat(chat.send(oversized, "5 МБ").getLast().text()).contains("Файл больше 5 МБ");
        String oversizedId = oversized.path("message").path("document").path("file_id").asText();
        assertThat(telegram.calls("getFile")).noneMatch(call -> call.body().path("file_id").asText().equals(oversizedId));

        chat.send(telegram.photo(chat.id(), Images.jpeg()), "files:done");
        chat.press("files:done", "priority:urgent");
        chat.press("priority:normal", "summary:confirm");
        String registered = chat.press("summary:confirm", "зарегистрирована").getLast().text();
        Ticket ticket = tickets.find(registered.replaceAll("(?s).*?(HL-\\d{6}).*", "$1")).orElseThrow();
        assertThat(ticket.attachments()).singleElement()
                .satisfies(attachment -> assertThat(attachment.contentType()).isEqualTo("image/jpeg"));
    }

    @Test
    void aFileTelegramCannotServeGetsTheTemporaryErrorTextAndTheStepStays() {
        BotChat chat = new BotChat(telegram);
        chat.walkToScreenshot();
        assertThat(chat.send(telegram.lostDocument(chat.id()), "временная ошибка")).hasSize(1);
        assertThat(chat.send(telegram.photo(chat.id(), Images.jpeg()), "files:done").getFirst().text()).contains("получен");
    }

    @Test
    void aStaleButtonIsAnsweredWithANoticeAndChangesNothing() {
        BotChat chat = new BotChat(telegram);
        chat.say("/start", "consent:yes");
        chat.press("consent:yes", "Опишите");
        List<Sent> stale = chat.press("consent:no", "Опишите");
        assertThat(stale.getFirst().text()).isEqualTo("Эта кнопка уже неактуальна.");
        assertThat(chat.press("no-such:button", "Опишите").getFirst().text()).isEqualTo("Эта кнопка уже неактуальна.");
        assertThat(chat.say("коротко", "Слишком коротко")).hasSize(1);
        assertThat(telegram.calls("answerCallbackQuery")).hasSizeGreaterThanOrEqualTo(3);
    }

    @Test
    void theSameUpdateTwiceHasOneEffectAndOneReply() {
        BotChat chat = new BotChat(telegram);
        chat.say("/start", "consent:yes");
        ObjectNode press = telegram.press(chat.id(), "consent:yes");
        telegram.deliver(press, press);
        chat.awaitReply("Опишите");
        // Handled after the duplicate, in order: by now the duplicate has been dealt with.
        chat.say("коротко", "Слишком коротко");

        assertThat(chat.sent()).extracting(Sent::text).filteredOn(text -> text.startsWith("Опишите")).hasSize(1);
        assertThat(chat.sent()).extracting(Sent::text).noneMatch(text -> text.contains("неактуальна"));
        assertThat(conversations.transcript("telegram", String.valueOf(chat.id()), 0)).hasSize(3);
    }

    @Test
    void stickersAndVoiceMessagesAreAnsweredWithARepromptAndChangeNothing() {
        BotChat chat = new BotChat(telegram);
        chat.say("/start", "consent:yes");
        List<Sent> reprompt = chat.send(telegram.sticker(chat.id()), "consent:yes");
        assertThat(reprompt).extracting(Sent::text).containsExactly(
                "Такое сообщение я не пойму — напишите, пожалуйста, текстом или пришлите картинку.",
                reprompt.getLast().text());
        assertThat(reprompt.getLast().text()).contains("согласие");
        assertThat(reprompt.getLast().buttons()).containsExactly("consent:yes", "consent:no");
        assertThat(chat.send(telegram.voice(chat.id()), "consent:yes")).hasSize(2);
        assertThat(conversations.transcript("telegram", String.valueOf(chat.id()), 0)).hasSize(1);
        chat.press("consent:yes", "Опишите");
    }

    @Test
    void anEditedMessageIsIgnoredWithoutHarm() {
        BotChat chat = new BotChat(telegram);
        chat.say("/start", "consent:yes");
        telegram.deliver(telegram.edited(chat.id(), "/start"));
        assertThat(chat.press("consent:yes", "Опишите")).hasSize(1);
        assertThat(conversations.transcript("telegram", String.valueOf(chat.id()), 0)).hasSize(2);
    }

    @Test
    void anyMessageInANewChatOpensTheConversationAndEnglishAppsGetEnglish() {
        BotChat chat = new BotChat(telegram, "en-GB");
        List<Sent> greeting = chat.say("hello there", "consent:yes");
        assertThat(greeting).hasSize(1);
        assertThat(greeting.getFirst().text()).startsWith("Hello!");
        assertThat(chat.send(telegram.sticker(chat.id()), "consent:yes")).hasSize(2);
        assertThat(chat.say("/start@HelplineBot", "consent:yes").getLast().text()).startsWith("Hello!");
    }

    @Test
    void aReplyLongerThanTelegramAllowsIsSplitAtLineBreaksWithButtonsOnTheLastPart() {
        BotChat chat = new BotChat(telegram);
        chat.say("/start", "consent:yes");
        String longText = IntStream.rangeClosed(1, 300)
                .mapToObj(line -> "Строка " + line + ": инженер подробно описывает, что он сделал и что проверить.")
                .collect(Collectors.joining("\n"));
        assertThat(longText.length()).isGreaterThan(2 * TelegramReplies.MAX_TEXT);

        conversations.notify("telegram:" + chat.id(), List.of(new Reply(longText, List.of(new Button("Да", "solved:yes")))));

        List<Sent> parts = chat.awaitReply("solved:yes");
        assertThat(parts).hasSizeGreaterThanOrEqualTo(3);
        assertThat(parts).allSatisfy(part -> assertThat(part.text().length()).isLessThanOrEqualTo(TelegramReplies.MAX_TEXT));
        assertThat(parts.subList(0, parts.size() - 1)).allSatisfy(part -> assertThat(part.buttons()).isEmpty());
        assertThat(parts).allSatisfy(part -> assertThat(part.text()).startsWith("Строка "));
        assertThat(parts.stream().map(Sent::text).collect(Collectors.joining("\n"))).isEqualTo(longText);
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
