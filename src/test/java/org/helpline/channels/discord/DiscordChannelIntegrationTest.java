package org.helpline.channels.discord;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.helpline.channels.discord.FakeDiscord.Sent;
import org.helpline.conversation.Conversations;
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

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
