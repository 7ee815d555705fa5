package org.helpline.channels.discord;

import java.security.MessageDigest;
import java.time.Duration;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.helpline.channels.discord.bot.DiscordSender;
import org.helpline.channels.discord.FakeDiscord.Sent;
import org.helpline.conversation.Button;
import org.helpline.conversation.Conversations;
import org.helpline.conversation.Reply;
import org.helpline.handoff.Handoff;
import org.helpline.testing.Images;
import org.helpline.tickets.Ticket;
import org.helpline.tickets.Tickets;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Clients file requests in their Discord DMs through the real JDA, against a loopback Discord. */
@SpringBootTest
@ActiveProfiles("test")
@Import(FakeDiscordLifetime.class)
@DirtiesContext
class DiscordChannelIntegrationTest {

    static final FakeDiscord discord = FakeDiscord.start();

    @DynamicPropertySource
    static void discord(DynamicPropertyRegistry registry) {
        discord.wire(registry);
    }

    @Autowired
    Tickets tickets;

    @Autowired
    Conversations conversations;

    @Autowired
    Handoff handoff;

    @BeforeEach
    void connected() {
        discord.awaitReady();
    }

    @Test
    void theBotIdentifiesWithItsIntentsAndRegistersSupportForServersAndDms() {
        int intents = discord.gateway().received(2).getFirst().d().path("intents").asInt();
        // GUILDS, GUILD_MESSAGES, DIRECT_MESSAGES, MESSAGE_CONTENT
        assertThat(intents & (1 | 1 << 9 | 1 << 12 | 1 << 15)).isEqualTo(1 | 1 << 9 | 1 << 12 | 1 << 15);
        var registration = discord.calls("PUT", "applications/" + DiscordObjects.BOT_ID + "/commands");
        assertThat(registration).hasSize(1);
        var support = registration.getFirst().body().get(0);
        assertThat(support.path("name").asText()).isEqualTo("support");
        assertThat(support.path("description_localizations").path("ru").asText()).contains("поддержку");
        assertThat(support.path("contexts")).extracting(node -> node.asInt()).containsExactlyInAnyOrder(0, 1);
        var intake = registration.getFirst().body();
        assertThat(intake).extracting(command -> command.path("name").asText())
                .containsExactly("support", "new", "tickets", "cancel", "help");
        assertThat(intake.get(2).path("description_localizations").path("ru").asText()).isEqualTo("Мои заявки и их статус");
        // The intake's commands are for the DMs only (context 1), not for servers.
        assertThat(intake.get(1).path("contexts")).extracting(node -> node.asInt()).containsExactly(1);
    }

    @Test
    void theIntakesCommandsWorkAsSlashCommandsInTheDms() {
        DmChat chat = new DmChat(discord);
        String number = chat.fileTicket();

        ObjectNode tickets = discord.objects().command(chat.userId(), "tickets", false, "ru");
        discord.dispatch("INTERACTION_CREATE", tickets);
        assertThat(chat.awaitReply("Ваши заявки").getLast().content()).contains(number);
        assertThat(discord.calls("POST", "interactions/" + tickets.path("id").asText() + "/")).singleElement()
                .satisfies(ack -> assertThat(ack.body().path("type").asInt()).isEqualTo(5));

        discord.dispatch("INTERACTION_CREATE", discord.objects().command(chat.userId(), "new", false, "ru"));
        assertThat(chat.awaitReply("consent:yes").getLast().content()).startsWith("Здравствуйте");
        chat.press("consent:yes", "Опишите");
    }

    @Test
    void aWholeIntakeInTheDmsWithButtonsAndAScreenshotEndsInAStoredTicket() {
        DmChat chat = new DmChat(discord);
        Sent greeting = chat.say("Здравствуйте", "consent:yes").getLast();
        assertThat(greeting.content()).startsWith("Здравствуйте");
        assertThat(greeting.buttons()).contains("consent:yes", "consent:no");
        assertThat(greeting.labels()).allSatisfy(label -> assertThat(label).isNotBlank().hasSizeLessThanOrEqualTo(80));
        chat.press("consent:yes", "Опишите");
        if (chat.say("Не открывается 1С на компьютере бухгалтера, пишет ошибку лицензии", "kb:continue", "Как к вам обращаться")
                .getLast().buttons().contains("kb:continue")) {
            chat.press("kb:continue", "Как к вам обращаться");
        }
        chat.say("Иванова Анна Сергеевна", "номер вашего договора");
        chat.say("Д-20417", "Как с вами связаться");
        chat.say("+7 912 345-67-89", "скриншот");

        byte[] screenshot = Images.png();
        assertThat(chat.send(chat.attachment("screen.png", "image/png", screenshot), "files:done").getFirst().content())
                .contains("получен");
        chat.press("files:done", "priority:urgent");
        chat.press("priority:urgent", "summary:confirm");
        String registered = chat.press("summary:confirm", "зарегистрирована").getLast().content();

        assertThat(registered).matches("(?s)Заявка HL-\\d{6} зарегистрирована.*");
        Ticket ticket = tickets.find(registered.replaceAll("(?s).*?(HL-\\d{6}).*", "$1")).orElseThrow();
        assertThat(ticket.client().channel()).isEqualTo("discord");
        assertThat(ticket.client().contract()).isEqualTo("Д-20417");
        assertThat(ticket.attachments()).singleElement().satisfies(attachment -> {
            assertThat(attachment.contentType()).isEqualTo("image/png");
            assertThat(attachment.sha256()).isEqualTo(sha256(screenshot));
        });
    }

    @Test
    void everyButtonIsAcknowledgedBeforeTheBotReplies() {
        DmChat chat = new DmChat(discord);
        chat.say("Здравствуйте", "consent:yes");
        ObjectNode press = chat.press("consent:yes");
        discord.dispatch("INTERACTION_CREATE", press);
        Sent reply = chat.awaitReply("Опишите").getFirst();
        var callbacks = discord.calls("POST", "interactions/" + press.path("id").asText() + "/");
        assertThat(callbacks).singleElement().satisfies(ack -> {
            assertThat(ack.body().path("type").asInt()).isEqualTo(6); // DEFERRED_UPDATE_MESSAGE
            assertThat(ack.order()).isLessThan(reply.order());
        });
    }

    @Test
    void aFileThatIsNoImageIsRefusedAndAnOversizedOneIsNotEvenDownloaded() {
        DmChat chat = new DmChat(discord);
        chat.walkToScreenshot();
        assertThat(chat.send(chat.attachment("virus.png", "image/png", "#!/bin/sh\necho hi\n".getBytes()), "не принимаем"))
                .hasSize(1);

        ObjectNode oversized = chat.attachment("big-" + chat.userId() + ".png", "image/png", Images.png(), 6L * 1024 * 1024);
        assertThat(chat.send(oversized, "5 МБ").getLast().content()).contains("Файл больше 5 МБ");
        assertThat(discord.downloads()).noneMatch(path -> path.endsWith("big-" + chat.userId() + ".png"));

        chat.send(chat.attachment("screen.jpg", "image/jpeg", Images.jpeg()), "files:done");
        chat.press("files:done", "priority:urgent");
        chat.press("priority:normal", "summary:confirm");
        String registered = chat.press("summary:confirm", "зарегистрирована").getLast().content();
        Ticket ticket = tickets.find(registered.replaceAll("(?s).*?(HL-\\d{6}).*", "$1")).orElseThrow();
        assertThat(ticket.attachments()).singleElement()
                .satisfies(attachment -> assertThat(attachment.contentType()).isEqualTo("image/jpeg"));
    }

    @Test
    void aStaleButtonIsAcknowledgedAnsweredWithANoticeAndChangesNothing() {
        DmChat chat = new DmChat(discord);
        chat.say("Здравствуйте", "consent:yes");
        chat.press("consent:yes", "Опишите");
        ObjectNode stale = chat.press("consent:no");
        discord.dispatch("INTERACTION_CREATE", stale);
        // The notice, then the question the client is at.
        assertThat(chat.awaitReply("Опишите")).extracting(Sent::content).first().isEqualTo("Эта кнопка уже неактуальна.");
        assertThat(chat.press("no-such:button", "Опишите").getFirst().content()).isEqualTo("Эта кнопка уже неактуальна.");
        assertThat(chat.say("коротко", "Слишком коротко")).hasSize(1);
        assertThat(discord.calls("POST", "interactions/" + stale.path("id").asText() + "/")).hasSize(1);
    }

    @Test
    void theSameMessageOrPressDeliveredTwiceHasOneEffectAndOneReply() {
        DmChat chat = new DmChat(discord);
        ObjectNode hello = chat.text("Здравствуйте");
        discord.dispatch("MESSAGE_CREATE", hello);
        discord.dispatch("MESSAGE_CREATE", hello);
        chat.awaitReply("consent:yes");
        ObjectNode press = chat.press("consent:yes");
        discord.dispatch("INTERACTION_CREATE", press);
        discord.dispatch("INTERACTION_CREATE", press);
        chat.awaitReply("Опишите");
        // Handled after the duplicates, in order: by now they have been dealt with.
        chat.say("коротко", "Слишком коротко");

        assertThat(chat.sent()).extracting(Sent::content).filteredOn(text -> text.startsWith("Здравствуйте")).hasSize(1);
        assertThat(chat.sent()).extracting(Sent::content).filteredOn(text -> text.startsWith("Опишите")).hasSize(1);
        assertThat(chat.sent()).extracting(Sent::content).noneMatch(text -> text.contains("неактуальна"));
        assertThat(conversations.transcript("discord", chat.userId(), 0)).hasSize(3);
        assertThat(discord.calls("POST", "interactions/" + press.path("id").asText() + "/")).hasSize(1);
    }

    @Test
    void aStickerIsAnsweredWithARepromptAndChangesNothing() {
        DmChat chat = new DmChat(discord);
        chat.say("Здравствуйте", "consent:yes");
        ObjectNode sticker = chat.text("");
        sticker.putArray("sticker_items").addObject().put("id", "500000000000000001").put("name", "cat").put("format_type", 1);
        List<Sent> reprompt = chat.send(sticker, "consent:yes");
        assertThat(reprompt).extracting(Sent::content).containsExactly(
                "Такое сообщение я не пойму — напишите, пожалуйста, текстом или пришлите картинку.",
                reprompt.getLast().content());
        assertThat(reprompt.getLast().buttons()).containsExactly("consent:yes", "consent:no");
        assertThat(conversations.transcript("discord", chat.userId(), 0)).hasSize(1);
    }

    @Test
    void supportInAServerStartsTheIntakeInTheDmsAndAnswersEphemerally() {
        DmChat chat = new DmChat(discord);
        ObjectNode support = discord.objects().command(chat.userId(), "support", true, "ru");
        discord.dispatch("INTERACTION_CREATE", support);

        assertThat(chat.awaitReply("consent:yes").getLast().content()).startsWith("Здравствуйте");
        String interaction = support.path("id").asText();
        assertThat(discord.calls("POST", "interactions/" + interaction + "/")).singleElement().satisfies(ack -> {
            assertThat(ack.body().path("type").asInt()).isEqualTo(5); // DEFERRED_CHANNEL_MESSAGE_WITH_SOURCE
            assertThat(ack.body().path("data").path("flags").asInt() & 64).isEqualTo(64); // ephemeral
        });
        assertThat(awaitAnswer(support)).contains("личные сообщения");
    }

    @Test
    void supportWithClosedDmsSaysHowToOpenThemAndWorksOnceTheyAreOpen() {
        DmChat chat = new DmChat(discord);
        discord.closeDms(chat.userId());
        ObjectNode refused = discord.objects().command(chat.userId(), "support", true, "ru");
        discord.dispatch("INTERACTION_CREATE", refused);
        assertThat(awaitAnswer(refused)).contains("закрыты").contains("Настройки конфиденциальности").contains("/support");
        assertThat(chat.sent()).isEmpty();

        discord.openDms(chat.userId());
        ObjectNode again = discord.objects().command(chat.userId(), "support", true, "ru");
        discord.dispatch("INTERACTION_CREATE", again);
        assertThat(awaitAnswer(again)).contains("Написал");
        assertThat(chat.awaitReply("consent:yes").getLast().content()).startsWith("Здравствуйте");
        chat.press("consent:yes", "Опишите");
    }

    @Test
    void aClientWhoseDiscordSpeaksEnglishIsAnsweredInEnglish() {
        DmChat chat = new DmChat(discord, "en-US");
        ObjectNode support = discord.objects().command(chat.userId(), "support", true, "en-US");
        discord.dispatch("INTERACTION_CREATE", support);
        assertThat(chat.awaitReply("consent:yes").getLast().content()).startsWith("Hello!");
        assertThat(awaitAnswer(support)).contains("direct messages");
    }

    @Test
    void aReplyLongerThanDiscordAllowsIsSplitWithItsButtonsUnderTheLastPart() {
        DmChat chat = new DmChat(discord);
        chat.say("Здравствуйте", "consent:yes");
        String longText = IntStream.rangeClosed(1, 120)
                .mapToObj(line -> "Строка " + line + ": инженер подробно описывает, что он сделал и что проверить.")
                .collect(Collectors.joining("\n"));
        assertThat(longText.length()).isGreaterThan(3 * DiscordSender.MAX_TEXT);

        conversations.notify("discord:" + chat.userId(), List.of(new Reply(longText, List.of(new Button("Да", "solved:yes")))));

        List<Sent> parts = chat.awaitReply("solved:yes");
        assertThat(parts).hasSizeGreaterThanOrEqualTo(4);
        assertThat(parts).allSatisfy(part -> assertThat(part.content().length()).isLessThanOrEqualTo(2000));
        assertThat(parts.subList(0, parts.size() - 1)).allSatisfy(part -> assertThat(part.buttons()).isEmpty());
        assertThat(parts.stream().map(Sent::content).collect(Collectors.joining("\n"))).isEqualTo(longText);
    }

    @Test
    void anEngineersReplyReachesTheClientsDmsUnprompted() {
        DmChat chat = new DmChat(discord);
        String number = chat.fileTicket();

        handoff.reply(number, "Пётр Инженеров", "Перезапустите службу лицензий и напишите, помогло ли.");

        assertThat(chat.awaitReply("Перезапустите службу лицензий").getLast().content())
                .contains("Перезапустите службу лицензий и напишите, помогло ли.");
    }

    /** The text the bot put into the deferred ephemeral answer of the interaction. */
    private static String awaitAnswer(ObjectNode interaction) {
        String path = "webhooks/" + DiscordObjects.BOT_ID + "/" + interaction.path("token").asText() + "/messages/@original";
        return await().atMost(Duration.ofSeconds(15)).until(() -> discord.calls("PATCH", path), calls -> !calls.isEmpty())
                .getFirst().body().path("content").asText();
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
