package org.helpline.channels.telegram.botapi;

import org.helpline.channels.telegram.FakeBotApi;
import org.helpline.channels.telegram.BotChat;
import org.helpline.channels.telegram.FakeBotApiLifetime;
import java.time.Duration;
import java.util.List;
import java.util.stream.IntStream;

import org.helpline.channels.telegram.FakeBotApi.Refused;
import org.helpline.channels.telegram.FakeBotApi.Sent;
import org.helpline.conversation.ChatMessage;
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

/** What the bot sends goes through the outbox: Telegram's 429, an outage and a flood to one chat lose nothing. */
@SpringBootTest
@ActiveProfiles("test")
@Import(FakeBotApiLifetime.class)
@DirtiesContext
class TelegramOutboxIntegrationTest {

    static final String TOKEN = "TEST:TOKEN";
    static final FakeBotApi telegram = FakeBotApi.start(TOKEN);

    @DynamicPropertySource
    static void telegram(DynamicPropertyRegistry registry) {
        telegram.wire(registry);
    }

    @Autowired
    TelegramReplies replies;

    @Test
    void a429HoldsTheChatForRetryAfterThenTheMessageArrivesOnce() {
        long chat = new BotChat(telegram).id();
        telegram.throttle(chat, 2);

        replies.send(String.valueOf(chat), List.of(message(1, "после паузы")));

        List<Sent> sent = await().atMost(Duration.ofSeconds(15)).until(() -> telegram.sent(chat), list -> !list.isEmpty());
        Refused slowDown = telegram.refused(chat).getFirst();
        assertThat(slowDown.status()).isEqualTo(429);
        assertThat(Duration.between(slowDown.at(), sent.getFirst().at())).isGreaterThanOrEqualTo(Duration.ofMillis(1_900));
        await().during(Duration.ofSeconds(1)).until(() -> telegram.sent(chat).size() == 1);
        assertThat(telegram.sent(chat).getFirst().text()).isEqualTo("после паузы");
    }

    @Test
    void messagesQueuedWhileTelegramIsDownArriveInOrderOnceItIsBack() {
        long chat = new BotChat(telegram).id();
        telegram.down(true);
        try {
            replies.send(String.valueOf(chat), List.of(message(1, "первое"), message(2, "второе")));
            replies.send(String.valueOf(chat), List.of(message(3, "третье")));
            await().atMost(Duration.ofSeconds(15)).until(() -> !telegram.refused(chat).isEmpty());
            assertThat(telegram.sent(chat)).isEmpty();
        } finally {
            telegram.down(false);
        }

        await().atMost(Duration.ofSeconds(20)).until(() -> telegram.sent(chat).size() >= 3);
        await().during(Duration.ofSeconds(1)).until(() -> telegram.sent(chat).size() == 3);
        assertThat(telegram.sent(chat)).extracting(Sent::text).containsExactly("первое", "второе", "третье");
    }

    @Test
    void aFloodToOneChatIsPacedWhileOtherChatsGoOnAndNothingIsLost() {
        long flooded = new BotChat(telegram).id();
        long other = new BotChat(telegram).id();
        List<String> texts = IntStream.rangeClosed(1, 12).mapToObj(i -> "сообщение " + i).toList();

        texts.forEach(text -> replies.send(String.valueOf(flooded), List.of(message(1, text))));
        replies.send(String.valueOf(other), List.of(message(1, "другой чат")));

        await().atMost(Duration.ofSeconds(30)).until(() -> telegram.sent(flooded).size() >= texts.size());
        List<Sent> sent = telegram.sent(flooded);
        assertThat(sent).extracting(Sent::text).containsExactlyElementsOf(texts);
        assertThat(telegram.sent(other)).extracting(Sent::text).containsExactly("другой чат");
        assertThat(telegram.sent(other).getFirst().order()).isLessThan(sent.getLast().order());
        System.out.printf("Outbox pacing: %d messages to one chat over %d ms (first five within %d ms)%n", sent.size(),
                Duration.between(sent.getFirst().at(), sent.getLast().at()).toMillis(),
                Duration.between(sent.getFirst().at(), sent.get(4).at()).toMillis());
    }

    @Test
    void thePartsOfALongReplyLeaveTogetherInOrder() {
        long chat = new BotChat(telegram).id();
        String longText = "слово ".repeat(2_000);

        replies.send(String.valueOf(chat), List.of(message(1, longText)));

        List<Sent> parts = await().atMost(Duration.ofSeconds(15)).until(() -> telegram.sent(chat), list -> list.size() >= 3);
        assertThat(String.join(" ", parts.stream().map(Sent::text).toList())).isEqualTo(longText.strip());
        System.out.printf("Outbox: %d parts of a long reply over %d ms%n", parts.size(),
                Duration.between(parts.getFirst().at(), parts.getLast().at()).toMillis());
    }

    private static ChatMessage message(long seq, String text) {
        return new ChatMessage(seq, text, List.of());
    }
}
