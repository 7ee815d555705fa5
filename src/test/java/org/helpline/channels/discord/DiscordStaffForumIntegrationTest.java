package org.helpline.channels.discord;

import java.time.Duration;
import java.util.List;

import org.bson.Document;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.helpline.channels.discord.bot.DiscordBot;
import org.helpline.channels.discord.FakeDiscord.Call;
import org.helpline.channels.discord.FakeDiscord.Sent;
import org.helpline.handoff.Handoff;
import org.helpline.testing.Images;
import org.helpline.tickets.HistoryEntry;
import org.helpline.tickets.Ticket;
import org.helpline.tickets.TicketStatus;
import org.helpline.tickets.Tickets;
import org.helpline.tickets.Tier;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Engineers work tickets in a Discord staff forum, a post per ticket, through the real JDA against a loopback
 * Discord: the card and its buttons, take, the relay both ways, escalation through a form, resolve, refusals to
 * members who are not staff, a deleted post made again.
 */
@SpringBootTest
@ActiveProfiles("test")
@Import(FakeDiscordLifetime.class)
@DirtiesContext
class DiscordStaffForumIntegrationTest {

    static final FakeDiscord discord = FakeDiscord.start();

    private static final String ENGINEER = "300000000000000001";
    private static final String ENGINEER_NAME = "Пётр Инженеров";
    private static final String STRANGER = "300000000000000002";

    @DynamicPropertySource
    static void discord(DynamicPropertyRegistry registry) {
        discord.wire(registry);
        registry.add("helpline.discord.staff-channel-id", () -> DiscordObjects.FORUM_ID);
    }

    @Autowired
    Tickets tickets;

    @Autowired
    Handoff handoff;

    @Autowired
    DiscordBot bot;

    @Autowired
    MongoTemplate mongo;

    @BeforeEach
    void connected() {
        discord.awaitReady();
    }

    @Test
    void aTicketFiledInTheDmsGetsAPostWithItsCardItsButtonsAndTheScreenshot() {
        String number = new DmChat(discord).fileTicket();

        ForumPost post = ForumPost.awaitMade(discord, number, 0);
        assertThat(post.forumId()).isEqualTo(DiscordObjects.FORUM_ID);
        assertThat(post.name()).isEqualTo(number + " · срочный · Иванова");
        Sent card = post.awaitLine("staff:take:" + number).getFirst();
        assertThat(card.content()).startsWith(number + " · срочный").contains("Клиент: Иванова Анна Сергеевна")
                .contains("Договор: Д-20417").contains("Канал: discord");
        assertThat(card.buttons()).containsExactly("staff:take:" + number, "staff:escalate:" + number,
                "staff:resolve:" + number);
        assertThat(card.labels()).containsExactly("Взять", "Эскалировать", "Решено");
        assertThat(post.awaitLine("screen.png")).last().satisfies(file -> assertThat(file.files()).containsExactly("screen.png"));
        assertThat(discord.posts()).filteredOn(made -> made.name().startsWith(number + " ")).hasSize(1);
    }

    @Test
    void anEngineerTakesRepliesHearsTheClientEscalatesWithAReasonAndResolves() {
        DmChat chat = new DmChat(discord);
        String number = chat.fileTicket();
        ForumPost post = ForumPost.awaitMade(discord, number, 0);
        post.awaitLine("staff:take:" + number);

        ObjectNode take = post.press(ENGINEER, ENGINEER_NAME, "staff:take:" + number, DiscordObjects.ENGINEERS_ROLE);
        assertThat(chat.awaitReply("взял в работу").getLast().content())
                .isEqualTo("Вашу заявку " + number + " взял в работу инженер " + ENGINEER_NAME + ".");
        assertThat(callback(take).path("type").asInt()).isEqualTo(6); // DEFERRED_UPDATE_MESSAGE
        assertThat(post.awaitLine("Взял(а) в работу").getLast().content()).isEqualTo("Взял(а) в работу: " + ENGINEER_NAME);
        assertThat(tickets.find(number).orElseThrow()).satisfies(ticket -> {
            assertThat(ticket.status()).isEqualTo(TicketStatus.IN_PROGRESS);
            assertThat(ticket.assignee()).isEqualTo(ENGINEER_NAME);
        });

        post.write(ENGINEER, ENGINEER_NAME, "Перезапустите службу лицензий, пожалуйста.", DiscordObjects.ENGINEERS_ROLE);
        assertThat(chat.awaitReply("Перезапустите службу").getLast().content())
                .isEqualTo(ENGINEER_NAME + ", инженер техподдержки:\nПерезапустите службу лицензий, пожалуйста.");

        post.write(ENGINEER, ENGINEER_NAME, "/note лицензия слетела после обновления", DiscordObjects.ENGINEERS_ROLE);
        post.sendFile(ENGINEER, ENGINEER_NAME, "instruction.png", Images.png(), DiscordObjects.ENGINEERS_ROLE);
        assertThat(post.awaitLine("только текстовые").getLast().content())
                .isEqualTo("Клиенту передаются только текстовые сообщения — напишите текстом.");
        assertThat(tickets.find(number).orElseThrow().history()).extracting(HistoryEntry::detail)
                .contains("лицензия слетела после обновления");
        assertThat(chat.sent()).extracting(Sent::content).noneMatch(text -> text.contains("лицензия слетела"));

        discord.dispatch("MESSAGE_CREATE", chat.text("Перезапустила, всё равно пишет ошибку"));
        assertThat(post.awaitLine("Перезапустила").getLast().content())
                .isEqualTo("Клиент: Перезапустила, всё равно пишет ошибку");

        ObjectNode escalate = post.press(ENGINEER, ENGINEER_NAME, "staff:escalate:" + number, DiscordObjects.ENGINEERS_ROLE);
        JsonNode form = callback(escalate);
        assertThat(form.path("type").asInt()).isEqualTo(9); // MODAL
        assertThat(form.path("data").path("title").asText()).isEqualTo("Эскалация " + number);
        String formId = form.path("data").path("custom_id").asText();
        JsonNode field = form.path("data").path("components").get(0);
        assertThat(field.path("label").asText()).isEqualTo("Причина эскалации");
        String fieldId = field.path("component").path("custom_id").asText();
        post.submit(ENGINEER, ENGINEER_NAME, formId, fieldId, "Нужен доступ к серверу лицензий",
                DiscordObjects.ENGINEERS_ROLE);
        assertThat(post.awaitLine("Эскалировано").getLast().content())
                .isEqualTo("Эскалировано (" + ENGINEER_NAME + "): L1 → L2: Нужен доступ к серверу лицензий");
        assertThat(chat.awaitReply("старшему инженеру").getLast().content()).contains("линия L2");
        assertThat(tickets.find(number).orElseThrow().tier()).isEqualTo(Tier.L2);
        String renamed = await().atMost(Duration.ofSeconds(15)).until(() -> discord.calls("PATCH", "channels/" + post.threadId()),
                renames -> !renames.isEmpty()).getFirst().body().path("name").asText();
        assertThat(renamed).isEqualTo(number + " · срочный · Иванова · L2");

        post.press(ENGINEER, ENGINEER_NAME, "staff:resolve:" + number, DiscordObjects.ENGINEERS_ROLE);
        assertThat(chat.awaitReply("solved:yes").getLast().content()).contains("Вопрос решён?");
        assertThat(post.awaitLine("Решено (").getLast().content()).startsWith("Решено (" + ENGINEER_NAME + ")");
        assertThat(tickets.find(number).orElseThrow().status()).isEqualTo(TicketStatus.RESOLVED);

        // A button out of date: acknowledged, the refusal only for the presser, the ticket unchanged.
        ObjectNode stale = post.press(ENGINEER, ENGINEER_NAME, "staff:take:" + number, DiscordObjects.ENGINEERS_ROLE);
        assertThat(callback(stale).path("type").asInt()).isEqualTo(6);
        JsonNode refusal = followup(stale);
        assertThat(refusal.path("content").asText()).isEqualTo("Не получилось: заявка " + number + " сейчас решена, линия L2.");
        assertThat(refusal.path("flags").asInt() & 64).isEqualTo(64);
        assertThat(tickets.find(number).orElseThrow().status()).isEqualTo(TicketStatus.RESOLVED);
    }

    @Test
    void anEngineerWhoseDiscordIsLinkedToTheirAccountActsUnderTheAccountsName() {
        String linked = "300000000000000003";
        // As the admins' accounts page stores a link (the console's accounts are its own module's).
        mongo.getCollection("accounts").insertOne(new Document("_id", "volkova").append("name", "Ольга Волкова")
                .append("role", "ENGINEER").append("passwordHash", "-").append("disabled", false)
                .append("failedLogins", 0).append("discordId", linked));
        DmChat chat = new DmChat(discord);
        String number = chat.fileTicket();
        ForumPost post = ForumPost.awaitMade(discord, number, 0);
        post.awaitLine("staff:take:" + number);

        post.press(linked, "Оля", "staff:take:" + number, DiscordObjects.ENGINEERS_ROLE);

        assertThat(chat.awaitReply("взял в работу").getLast().content())
                .isEqualTo("Вашу заявку " + number + " взял в работу инженер Ольга Волкова.");
        assertThat(post.awaitLine("Взял(а) в работу").getLast().content()).isEqualTo("Взял(а) в работу: Ольга Волкова");
        assertThat(tickets.find(number).orElseThrow().assignee()).isEqualTo("Ольга Волкова");
    }

    @Test
    void aMemberWhoIsNotStaffIsToldOnlyThemAndChangesNothing() {
        DmChat chat = new DmChat(discord);
        String number = chat.fileTicket();
        ForumPost post = ForumPost.awaitMade(discord, number, 0);
        post.awaitLine("staff:take:" + number);

        ObjectNode take = post.press(STRANGER, "Посторонний", "staff:take:" + number);
        JsonNode refusal = callback(take);
        assertThat(refusal.path("type").asInt()).isEqualTo(4); // CHANNEL_MESSAGE_WITH_SOURCE
        assertThat(refusal.path("data").path("flags").asInt() & 64).isEqualTo(64); // ephemeral
        assertThat(refusal.path("data").path("content").asText()).contains("только для инженеров");
        post.write(STRANGER, "Посторонний", "Я тоже отвечу клиенту");

        // Handled after the stranger's message, in the post's order: by now that one has been dealt with.
        post.write(ENGINEER, ENGINEER_NAME, "Смотрю вашу заявку.", DiscordObjects.ENGINEERS_ROLE);
        chat.awaitReply("Смотрю вашу заявку");
        assertThat(chat.sent()).extracting(Sent::content).noneMatch(text -> text.contains("Я тоже отвечу"));
        Ticket ticket = tickets.find(number).orElseThrow();
        assertThat(ticket.assignee()).isEqualTo(ENGINEER_NAME);
        assertThat(ticket.history()).extracting(HistoryEntry::actor).doesNotContain("Посторонний");
        assertThat(post.sent()).extracting(Sent::content).noneMatch(text -> text.contains("Посторонний"));
    }

    @Test
    void aDeletedPostIsMadeAgainWithTheHistoryAtTheTicketsNextEvent() {
        String number = new DmChat(discord).fileTicket();
        ForumPost first = ForumPost.awaitMade(discord, number, 0);
        first.awaitLine("screen.png");
        discord.deletePost(first.threadId());
        await().atMost(Duration.ofSeconds(15)).until(() -> bot.jda().orElseThrow().getThreadChannelById(first.threadId()) == null);

        // A take from the console or the staff API is the event that finds the post gone.
        handoff.take(number, "Анна Консольная");
        ForumPost again = ForumPost.awaitMade(discord, number, 1);
        assertThat(again.threadId()).isNotEqualTo(first.threadId());
        assertThat(again.awaitLine("staff:take:" + number).getLast().content()).startsWith(number);
        List<Sent> history = again.awaitLine("Пост заявки удалили");
        assertThat(history.getLast().content()).contains("Заявка открыта").contains("Взята в работу · Анна Консольная");
        assertThat(history).extracting(Sent::files).anySatisfy(files -> assertThat(files).contains("screen.png"));

        handoff.release(number, "Анна Консольная");
        assertThat(again.awaitLine("Вернул(а) в очередь").getLast().content())
                .isEqualTo("Вернул(а) в очередь: Анна Консольная — заявку может взять другой инженер.");
        assertThat(first.sent()).extracting(Sent::content).noneMatch(text -> text.startsWith("Вернул(а)"));
    }

    /** The message the bot sent after acknowledging the interaction (its followup's body). */
    private static JsonNode followup(ObjectNode interaction) {
        String path = "webhooks/" + DiscordObjects.BOT_ID + "/" + interaction.path("token").asText();
        return await().atMost(Duration.ofSeconds(15)).until(() -> discord.calls("POST", path),
                sent -> !sent.isEmpty()).getFirst().body();
    }

    /** The bot's answer to the interaction (its callback's body). */
    private static JsonNode callback(ObjectNode interaction) {
        String path = "interactions/" + interaction.path("id").asText() + "/";
        List<Call> calls = await().atMost(Duration.ofSeconds(15)).until(() -> discord.calls("POST", path),
                answered -> !answered.isEmpty());
        assertThat(calls).hasSize(1);
        return calls.getFirst().body();
    }
}
