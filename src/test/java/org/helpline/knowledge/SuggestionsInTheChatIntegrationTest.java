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
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/** The knowledge base in the intake: articles offered after the description, answers recorded, statistics for staff. */
@ChatApiTest
class SuggestionsInTheChatIntegrationTest {

    private static final Pattern ARTICLE_LINK = Pattern.compile("/kb/([a-z0-9-]+)\\?lang=");
    /** Offered more than one article. */
    private static final String SEVERAL = "аутлук все время просит пароль";
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
                "не могу подключиться к впн из дома", SEVERAL,
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

    /** Several articles: a «helped» button per article, named after it; the one pressed is the one counted. */
    @Test
    void severalArticlesGetAHelpedButtonEachAndOnlyThePressedOneCounts() {
        WebChatClient client = new WebChatClient(port);
        Response offered = describe(client, SEVERAL);
        List<String> shown = ARTICLE_LINK.matcher(offered.lastText()).results().map(link -> link.group(1)).toList();
        assertThat(shown).as("a description offered several articles").hasSizeGreaterThan(1);
        assertThat(offered.lastText()).contains("нажмите её");
        var buttons = offered.body().path("messages").get(offered.body().path("messages").size() - 1).path("buttons");
        for (int place = 1; place <= shown.size(); place++) {
            String title = client.get("/api/kb/articles/" + shown.get(place - 1) + "?lang=ru", null).body().path("title").asString();
            assertThat(buttons.get(place - 1).path("value").asString()).isEqualTo("kb:helped:" + place);
            String label = buttons.get(place - 1).path("label").asString();
            assertThat(label).startsWith("Помогла: ");
            assertThat(title).as("the label names the article").startsWith(label.substring("Помогла: ".length()).replace("…", ""));
        }
        assertThat(offered.buttons().getLast()).isEqualTo("kb:continue");
        WebChatClient staff = new WebChatClient(port);
        var before = staff.get("/api/kb/stats", "test-staff-token").body();

        String secondLabel = buttons.get(1).path("label").asString();
        assertThat(client.say(secondLabel).lastText()).as("the label typed instead of pressed").contains("рады, что помогло");

        var after = staff.get("/api/kb/stats", "test-staff-token").body();
        assertThat(helped(after, shown.get(1))).isEqualTo(helped(before, shown.get(1)) + 1);
        assertThat(helped(after, shown.getFirst())).isEqualTo(helped(before, shown.getFirst()));
        assertThat(after.path("helpedWithoutArticle").asLong()).isEqualTo(before.path("helpedWithoutArticle").asLong());
    }

    @Test
    void aHelpedButtonForAnArticleThatWasNotShownIsStale() {
        WebChatClient client = new WebChatClient(port);
        describe(client, SEVERAL);
        Response stale = client.press("kb:helped:9");
        assertThat(stale.texts().getFirst()).contains("неактуальна");
        assertThat(stale.buttons()).contains("kb:helped:1", "kb:continue");
        assertThat(client.press("kb:continue").lastText()).contains("фамилию");
    }

    private static long helped(JsonNode stats, String id) {
        return stats.path("articles").valueStream().filter(article -> article.path("id").asString().equals(id))
                .mapToLong(article -> article.path("helped").asLong()).findFirst().orElse(0);
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
