package org.helpline.channels.telegram.botapi;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

import org.helpline.channels.telegram.BotChat;
import org.helpline.channels.telegram.FakeBotApi;
import org.helpline.channels.telegram.FakeBotApi.Door;
import org.helpline.channels.telegram.FakeBotApi.Refused;
import org.helpline.channels.telegram.FakeBotApi.Sent;
import org.helpline.conversation.ChatMessage;
import org.helpline.testing.TwoInstances;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Both instances of {@link TwoInstances} dispatch one outbox: each message reaches Telegram once, in its chat's order. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OutboxTwoInstancesIntegrationTest {

    private static final String TOKEN = "TEST:TOKEN";

    private FakeBotApi telegram;
    private Door firstDoor;
    private Door secondDoor;
    private TwoInstances instances;

    @BeforeAll
    void startBoth() {
        telegram = FakeBotApi.start(TOKEN);
        firstDoor = telegram.door();
        secondDoor = telegram.door();
        instances = TwoInstances.start(List.of(), List.of("--helpline.telegram.api-url=" + firstDoor.url()),
                List.of("--helpline.telegram.api-url=" + secondDoor.url()), "--helpline.telegram.token=" + TOKEN);
    }

    @AfterAll
    void stopBoth() {
        if (instances != null) {
            instances.close();
        }
        secondDoor.close();
        firstDoor.close();
        telegram.close();
    }

    @Test
    void manyMessagesQueuedThroughBothAreEachSentOnceInTheirChatsOrder() {
        int perChat = 6;
        List<Long> chats = IntStream.range(0, 16).mapToObj(i -> new BotChat(telegram).id()).toList();
        List<TelegramReplies> both = instances.both().stream().map(app -> app.bean(TelegramReplies.class)).toList();
        // Every chat's messages queued alternately through both instances, chats interleaved.
        for (int n = 1; n <= perChat; n++) {
            for (int c = 0; c < chats.size(); c++) {
                both.get((c + n) % 2).send(String.valueOf(chats.get(c)), List.of(new ChatMessage(n, text(c, n), List.of())));
            }
        }

        for (int c = 0; c < chats.size(); c++) {
            long chat = chats.get(c);
            await().atMost(Duration.ofMinutes(1)).until(() -> telegram.sent(chat).size() >= perChat);
        }
        await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(10))
                .until(() -> chats.stream().allMatch(chat -> telegram.sent(chat).size() == perChat));
        for (int c = 0; c < chats.size(); c++) {
            List<String> expected = new ArrayList<>();
            for (int n = 1; n <= perChat; n++) {
                expected.add(text(c, n));
            }
            assertThat(telegram.sent(chats.get(c))).extracting(Sent::text).as("chat %d", c).containsExactlyElementsOf(expected);
        }
        assertThat(firstDoor.calls("sendMessage")).as("the first instance dispatched").isNotEmpty();
        assertThat(secondDoor.calls("sendMessage")).as("the second instance dispatched").isNotEmpty();
    }

    @Test
    void aFailedSendWaitsOutItsBackoffAtBothInstances() {
        long chat = new BotChat(telegram).id();
        telegram.down(true);
        try {
            instances.first().bean(TelegramReplies.class).say(String.valueOf(chat), "после сбоя");
            instances.second().bean(TelegramReplies.class).say(String.valueOf(chat), "и ещё");
            List<Refused> refused = await().atMost(Duration.ofSeconds(30))
                    .until(() -> telegram.refused(chat), attempts -> attempts.size() >= 3);
            // Whichever instance tries next, it waits 1 s after the first failure, 2 s after the second.
            assertThat(Duration.between(refused.get(0).at(), refused.get(1).at())).isGreaterThanOrEqualTo(Duration.ofMillis(900));
            assertThat(Duration.between(refused.get(1).at(), refused.get(2).at())).isGreaterThanOrEqualTo(Duration.ofMillis(1_900));
        } finally {
            telegram.down(false);
        }
        await().atMost(Duration.ofSeconds(30)).until(() -> telegram.sent(chat).size() >= 2);
        await().during(Duration.ofSeconds(1)).until(() -> telegram.sent(chat).size() == 2);
        assertThat(telegram.sent(chat)).extracting(Sent::text).containsExactly("после сбоя", "и ещё");
    }

    private static String text(int chat, int n) {
        return "сообщение " + n + " в чат " + chat;
    }
}
