package org.helpline.channels.telegram.botapi;

import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;

import com.mongodb.client.MongoClient;
import org.helpline.channels.telegram.BotChat;
import org.helpline.channels.telegram.FakeBotApi;
import org.helpline.channels.telegram.FakeBotApi.Door;
import org.helpline.channels.telegram.FakeBotApi.Sent;
import org.helpline.testing.RunningApp;
import org.helpline.testing.TwoInstances;
import org.junit.jupiter.api.Test;
import org.springframework.data.mongodb.core.MongoTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Two app instances with one bot token on one store ({@link TwoInstances}), each reaching the fake Bot API through a
 * door of its own: one polls at a time, and when it dies the other takes over with every update handled once —
 * also the batch the dying one polled but could no longer record.
 */
class PollingTakeoverIntegrationTest {

    private static final String TOKEN = "TEST:TOKEN";
    /** Short, so the takeover comes within seconds; long enough that a busy machine never lets it run out. */
    private static final String LEASE = "--helpline.telegram.polling.lease=10s";

    @Test
    void whenThePollerDiesTheOtherTakesOverAndEveryUpdateIsHandledOnce() {
        try (FakeBotApi telegram = FakeBotApi.start(TOKEN); Door firstDoor = telegram.door();
             Door secondDoor = telegram.door();
             TwoInstances instances = TwoInstances.start(List.of(), List.of("--helpline.telegram.api-url=" + firstDoor.url()),
                     List.of("--helpline.telegram.api-url=" + secondDoor.url()), "--helpline.telegram.token=" + TOKEN, LEASE)) {
            List<BotChat> chats = Stream.generate(() -> new BotChat(telegram)).limit(3).toList();
            chats.forEach(chat -> chat.say("/start", "consent:yes"));
            RunningApp first = instances.first();
            await().atMost(Duration.ofSeconds(30))
                    .until(() -> first.bean(MongoTemplate.class).getCollection("outbox").countDocuments() == 0);
            assertThat(firstDoor.polls()).as("the first instance polls").isPositive();
            assertThat(secondDoor.polls()).as("the second waits while the first holds the lease").isZero();

            // Cut off from the store first: it still polls a batch, cannot record it, and must not confirm it.
            int answered = firstDoor.answered();
            first.bean(MongoClient.class).close();
            chats.forEach(chat -> telegram.deliver(telegram.press(chat.id(), "consent:yes")));
            await().atMost(Duration.ofSeconds(30)).until(() -> firstDoor.answered() > answered);
            int polls = firstDoor.polls();
            await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(10)).until(() -> firstDoor.polls() == polls);
            // Then killed: it reaches Telegram no more either, and gives nothing back.
            firstDoor.close();
            for (BotChat chat : chats) {
                await().atMost(Duration.ofMinutes(1)).until(() -> texts(chat).stream().anyMatch(text -> text.contains("Опишите")));
                chat.awaitReply("Опишите");
            }
            for (BotChat chat : chats) {
                chat.say("Не открывается 1С на компьютере бухгалтера, пишет ошибку лицензии", "kb:continue",
                        "Как к вам обращаться");
            }

            assertThat(secondDoor.polls()).as("the second instance took over").isPositive();
            assertThat(telegram.conflicts()).as("never two pollers at once").isEmpty();
            for (BotChat chat : chats) {
                assertThat(texts(chat)).as("each update answered once").doesNotHaveDuplicates()
                        .filteredOn(text -> text.contains("Опишите")).hasSize(1);
            }
        }
    }

    private static List<String> texts(BotChat chat) {
        return chat.sent().stream().map(Sent::text).toList();
    }
}
