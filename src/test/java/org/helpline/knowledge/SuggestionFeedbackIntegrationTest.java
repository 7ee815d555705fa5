package org.helpline.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Date;
import java.util.List;
import java.util.UUID;

import org.bson.Document;
import org.helpline.testing.ChatApiTest;
import org.helpline.testing.WebChatClient;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoTemplate;
import tools.jackson.databind.JsonNode;

/**
 * «Помогло» counts for the article the client read, not for every article shown; «Не помогло» for each shown. Read
 * back through {@code GET /api/kb/stats}, over the store. Article ids are made up per test, so intakes recorded by
 * other tests in the same app do not change these counts.
 */
@ChatApiTest
class SuggestionFeedbackIntegrationTest {

    @Autowired
    SuggestionFeedback feedback;
    @Autowired
    MongoTemplate mongo;
    @LocalServerPort
    int port;

    private final String printer = "printer-" + UUID.randomUUID();
    private final String scanner = "scanner-" + UUID.randomUUID();
    private final String network = "network-" + UUID.randomUUID();

    @Test
    void helpedCountsOnlyForTheArticleTheClientNamed() {
        feedback.shown(intake(), "ru", "не печатает и не сканирует", List.of(printer, scanner, network));
        String read = intake();
        feedback.shown(read, "ru", "не печатает принтер", List.of(printer, scanner));
        feedback.helped(read, scanner);

        assertThat(stats(printer)).isEqualTo(new SuggestionFeedback.ArticleStats(printer, 2, 0, 0));
        assertThat(stats(scanner)).isEqualTo(new SuggestionFeedback.ArticleStats(scanner, 2, 1, 0));
        assertThat(stats(network)).isEqualTo(new SuggestionFeedback.ArticleStats(network, 1, 0, 0));
    }

    @Test
    void notHelpedCountsForEveryArticleShown() {
        String wentOn = intake();
        feedback.shown(wentOn, "ru", "не печатает принтер", List.of(printer, scanner));
        feedback.notHelped(wentOn);

        assertThat(stats(printer)).isEqualTo(new SuggestionFeedback.ArticleStats(printer, 1, 0, 1));
        assertThat(stats(scanner)).isEqualTo(new SuggestionFeedback.ArticleStats(scanner, 1, 0, 1));
    }

    @Test
    void withoutANamedArticleOnlyTheOnlyOneShownIsCredited() {
        String single = intake();
        feedback.shown(single, "ru", "не печатает принтер", List.of(printer));
        feedback.helped(single, null);
        long unknownBefore = feedback.stats().helpedWithoutArticle();
        String several = intake();
        feedback.shown(several, "ru", "не печатает и не сканирует", List.of(printer, scanner));
        feedback.helped(several, null);

        assertThat(stats(printer)).isEqualTo(new SuggestionFeedback.ArticleStats(printer, 2, 1, 0));
        assertThat(stats(scanner)).isEqualTo(new SuggestionFeedback.ArticleStats(scanner, 1, 0, 0));
        assertThat(feedback.stats().helpedWithoutArticle()).isEqualTo(unknownBefore + 1);
    }

    @Test
    void anArticleThatWasNotShownIsNotCredited() {
        String key = intake();
        feedback.shown(key, "ru", "не печатает и не сканирует", List.of(printer, scanner));
        feedback.helped(key, network);

        assertThat(stats(printer).helped()).isZero();
        assertThat(stats(scanner).helped()).isZero();
        assertThat(feedback.stats().articles()).extracting(SuggestionFeedback.ArticleStats::id).doesNotContain(network);
    }

    @Test
    void answersStoredBeforePerArticleCountingStillLoad() {
        mongo.insert(legacy(List.of(printer)), "suggestions");
        mongo.insert(legacy(List.of(printer, scanner)), "suggestions");

        assertThat(stats(printer)).isEqualTo(new SuggestionFeedback.ArticleStats(printer, 2, 1, 0));
        assertThat(stats(scanner)).isEqualTo(new SuggestionFeedback.ArticleStats(scanner, 1, 0, 0));
    }

    /** The per-article counts as the staff API gives them. */
    private SuggestionFeedback.ArticleStats stats(String id) {
        JsonNode stats = new WebChatClient(port).get("/api/kb/stats", "test-staff-token").body();
        assertThat(stats.has("helpedWithoutArticle")).isTrue();
        JsonNode article = stats.path("articles").valueStream()
                .filter(each -> each.path("id").asString().equals(id)).findFirst().orElseThrow();
        return new SuggestionFeedback.ArticleStats(id, article.path("shown").asLong(), article.path("helped").asLong(),
                article.path("notHelped").asLong());
    }

    private static Document legacy(List<String> articleIds) {
        return new Document("_id", intake()).append("lang", "ru").append("query", "принтер")
                .append("articleIds", articleIds).append("at", new Date()).append("helped", true);
    }

    private static String intake() {
        return "intake-" + UUID.randomUUID();
    }
}
