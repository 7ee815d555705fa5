package org.helpline.store;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.LongStream;

import org.helpline.testing.Images;
import org.helpline.testing.RunningApp;
import org.helpline.testing.TwoInstances;
import org.helpline.testing.WebChatClient;
import org.helpline.testing.WebChatClient.Response;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/** Two app instances on one store ({@link TwoInstances}), driven through the public web-chat and staff APIs. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TwoInstancesIntegrationTest {

    private static final String STAFF_TOKEN = "test-staff-token";
    /** Many intakes from one address in a short time: far more than one person's share. */
    private static final String GENEROUS_LIMITS = "--helpline.web-chat.sessions-per-minute=1000";

    private TwoInstances instances;
    private RunningApp first;
    private RunningApp second;

    @BeforeAll
    void startBoth() {
        instances = TwoInstances.start(List.of(), GENEROUS_LIMITS);
        first = instances.first();
        second = instances.second();
    }

    @AfterAll
    void stopBoth() {
        if (instances != null) {
            instances.close();
        }
    }

    @Test
    void ticketNumbersStayUniqueAndGaplessUnderConcurrentIntakesThroughBoth() throws Exception {
        int intakes = 12;
        List<Callable<String>> walks = new ArrayList<>();
        for (int i = 0; i < intakes; i++) {
            int port = (i % 2 == 0 ? first : second).port();
            walks.add(() -> new WebChatClient(port).fileTicket("Не печатает принтер в бухгалтерии, пишет «нет бумаги»"));
        }
        List<String> numbers = new ArrayList<>();
        try (ExecutorService pool = Executors.newVirtualThreadPerTaskExecutor()) {
            for (Future<String> walk : pool.invokeAll(walks)) {
                numbers.add(walk.get());
            }
        }

        assertThat(numbers).allMatch(number -> number.matches("HL-\\d{6}")).doesNotHaveDuplicates();
        List<Integer> sorted = numbers.stream().map(number -> Integer.parseInt(number.substring(3))).sorted().toList();
        assertThat(sorted.getLast() - sorted.getFirst()).as("no gaps in %s", sorted).isEqualTo(intakes - 1);
        for (String number : numbers) {
            for (RunningApp app : List.of(first, second)) {
                assertThat(new WebChatClient(app.port()).get("/api/tickets/" + number, STAFF_TOKEN).body()
                        .path("number").asString()).isEqualTo(number);
            }
        }
    }

    @Test
    void oneConversationsMessagesSentAlternatelyToBothAreHandledInOrderOnce() throws Exception {
        WebChatClient viaFirst = new WebChatClient(first.port());
        Response opened = viaFirst.open("ru");
        WebChatClient viaSecond = new WebChatClient(second.port()).resume(viaFirst.sessionId());
        List<WebChatClient> alternately = List.of(viaSecond, viaFirst);
        List<JsonNode> answered = new ArrayList<>(messages(opened));

        List<Map<String, String>> walk = List.of(
                Map.of("action", "consent:yes"),
                Map.of("text", "Не открывается общая папка на сервере, пишет «доступ запрещён»"),
                Map.of("text", "Иванова Анна Сергеевна"),
                Map.of("text", "Д-20417"),
                Map.of("text", "+7 912 345-67-89"));
        for (int step = 0; step < walk.size(); step++) {
            Response answer = send(alternately.get(step % 2), walk.get(step));
            if (answer.buttons().contains("kb:continue")) {
                answered.addAll(messages(answer));
                answer = send(alternately.get((step + 1) % 2), Map.of("action", "kb:continue"));
            }
            answered.addAll(messages(answer));
        }
        assertThat(answered.getLast().path("text").asString()).contains("скриншот");
        answered.addAll(messages(viaSecond.upload("screen.png", Images.png())));
        answered.addAll(messages(send(viaFirst, Map.of("action", "files:done"))));

        // The same message at both instances at once, as a client retrying against a load balancer: handled once.
        Map<String, String> priority = Map.of("action", "priority:normal", "clientMessageId", UUID.randomUUID().toString());
        List<JsonNode> bodies = new ArrayList<>();
        try (ExecutorService pool = Executors.newVirtualThreadPerTaskExecutor()) {
            List<Future<Response>> both = List.of(pool.submit(() -> viaFirst.sendOnce(priority)),
                    pool.submit(() -> viaSecond.sendOnce(priority)));
            for (Future<Response> answer : both) {
                assertThat(answer.get().status()).isEqualTo(200);
                bodies.add(answer.get().body());
            }
        }
        assertThat(bodies.get(1)).isEqualTo(bodies.get(0));
        answered.addAll(messages(new Response(200, bodies.get(0))));
        Response confirmed = send(viaSecond, Map.of("action", "summary:confirm"));
        assertThat(confirmed.lastText()).containsPattern("HL-\\d{6}");
        answered.addAll(messages(confirmed));

        List<Long> seqs = answered.stream().map(message -> message.path("seq").asLong()).toList();
        assertThat(seqs).as("every answer continues where the last one ended").isEqualTo(
                LongStream.rangeClosed(1, seqs.size()).boxed().toList());
        for (WebChatClient client : alternately) {
            assertThat(messages(client.transcript(0))).as("the stored transcript, read at either instance")
                    .isEqualTo(answered);
        }
        Set<String> texts = new HashSet<>(answered.stream().map(message -> message.path("text").asString()).toList());
        assertThat(texts).as("no question asked twice").hasSize(answered.size());
    }

    /** One message with a fresh clientMessageId, as the chat page sends it. */
    private static Response send(WebChatClient client, Map<String, String> message) {
        Map<String, String> withId = new HashMap<>(message);
        withId.put("clientMessageId", UUID.randomUUID().toString());
        Response answer = client.sendOnce(withId);
        assertThat(answer.status()).as("answer to %s: %s", message, answer.body()).isEqualTo(200);
        return answer;
    }

    private static List<JsonNode> messages(Response response) {
        return response.body().path("messages").valueStream().toList();
    }
}
