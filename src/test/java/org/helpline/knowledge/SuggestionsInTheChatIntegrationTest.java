package org.helpline.knowledge;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Pattern;

import org.helpline.testing.ChatApiTest;
import org.helpline.testing.WebChatClient;
import org.helpline.testing.WebChatClient.Response;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/** The knowledge base in the intake: articles offered after the description, answers recorded, statistics for staff. */
@ChatApiTest
class SuggestionsInTheChatIntegrationTest {

    private static final Pattern ARTICLE_LINK = Pattern.compile("/kb/([a-z0-9-]+)\\?lang=");
    private static final String QUESTION = "Какие файлы можно прикладывать к заявке и какого размера скриншот?";

    @LocalServerPort
    int port;

    private Response describe(WebChatClient client, String text) {
        client.open("ru");
        client.press("consent:yes");
        return client.say(text);
    }

    @Test
    void articlesAreOfferedWithTheirShortAnswerAndLink() {
        Response offered = describe(new WebChatClient(port), QUESTION);
        assertThat(offered.lastText()).contains("базе знаний").contains("/kb/attachments?lang=ru");
        assertThat(offered.buttons()).containsExactly("kb:helped", "kb:continue");
    }

    /** The chat and {@code GET /api/kb/suggest} give the same articles in the same order, none included. */
    @Test
    void theChatOffersExactlyWhatTheSuggestApiAnswers() {
        WebChatClient api = new WebChatClient(port);
        int offeredSeveral = 0;
        int offeredNone = 0;
        for (String text : List.of(QUESTION, "не печатает принтер в бухгалтерии", "1с бухгалтерия не запускается, ошибка лицензии",
                "не могу подключиться к впн из дома", "аутлук все время просит пароль",
                "Подскажите рецепт борща со сметаной и чесноком")) {
            var results = api.get("/api/kb/suggest?lang=ru&q=" + URLEncoder.encode(text, StandardCharsets.UTF_8), null)
                    .body().path("results");
            List<String> answered = results.valueStream().map(result -> result.path("id").asString()).toList();
            Response chat = describe(new WebChatClient(port), text);
            List<String> linked = ARTICLE_LINK.matcher(chat.lastText()).results().map(link -> link.group(1)).toList();
            assertThat(linked).as(text).isEqualTo(answered);
            offeredSeveral += answered.size() > 1 ? 1 : 0;
            offeredNone += answered.isEmpty() ? 1 : 0;
        }
        assertThat(offeredSeveral).as("questions offered more than one article").isPositive();
        assertThat(offeredNone).as("questions offered nothing").isPositive();
    }

    @Test
    void helpedEndsTheIntakeWithoutAskingWhoTheClientIs() {
        WebChatClient client = new WebChatClient(port);
        describe(client, QUESTION);
        Response helped = client.press("kb:helped");
        assertThat(helped.lastText()).contains("рады, что помогло");
        assertThat(client.say("Иванова Анна Сергеевна").buttons()).contains("command:new");
    }

    @Test
    void continuingAsksForTheName() {
        WebChatClient client = new WebChatClient(port);
        describe(client, QUESTION);
        assertThat(client.press("kb:continue").lastText()).contains("фамилию");
    }

    @Test
    void unrelatedTextOffersNothingAndGoesStraightOn() {
        Response answered = describe(new WebChatClient(port), "Подскажите рецепт борща со сметаной и чесноком");
        assertThat(answered.lastText()).contains("фамилию");
    }

    @Test
    void shownArticlesAnswersAndMissesAreCounted() {
        WebChatClient helpedClient = new WebChatClient(port);
        describe(helpedClient, QUESTION);
        helpedClient.press("kb:helped");
        WebChatClient continuedClient = new WebChatClient(port);
        describe(continuedClient, QUESTION);
        continuedClient.press("kb:continue");
        describe(new WebChatClient(port), "Подскажите рецепт борща со сметаной и чесноком");

        WebChatClient staff = new WebChatClient(port);
        assertThat(staff.get("/api/kb/stats", null).status()).isEqualTo(401);
        var stats = staff.get("/api/kb/stats", "test-staff-token").body();
        assertThat(stats.path("intakesWithSuggestions").asLong()).isGreaterThanOrEqualTo(2);
        assertThat(stats.path("deflectionRate").asDouble()).isBetween(0.0, 1.0).isGreaterThan(0.0);
        var attachments = stats.path("articles").valueStream()
                .filter(article -> article.path("id").asString().equals("attachments")).findFirst().orElseThrow();
        assertThat(attachments.path("helped").asLong()).isGreaterThanOrEqualTo(1);
        assertThat(attachments.path("notHelped").asLong()).isGreaterThanOrEqualTo(1);
        assertThat(stats.path("unanswered").toString()).contains("рецепт борща").contains("какие файлы можно прикладывать");
    }
}
