package org.helpline.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The knowledge base's HTTP surface in the running app, over the real articles. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "helpline.public-url=https://help.example.org")
class KnowledgeHttpIntegrationTest {

    @TempDir
    static Path dataDir;

    @DynamicPropertySource
    static void dataDir(DynamicPropertyRegistry registry) {
        registry.add("helpline.store.data-dir", dataDir::toString);
    }

    @LocalServerPort
    int port;

    private final HttpClient http = HttpClient.newHttpClient();
    private final JsonMapper json = JsonMapper.builder().build();

    @Test
    void searchFindsTheBestArticleFirst() throws Exception {
        HttpResponse<String> response = get("/api/kb/search?lang=ru&q=" + encode("как отменить вызов мастера"));

        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode results = json.readTree(response.body()).get("results");
        assertThat(results.get(0).get("id").asString()).isEqualTo("cancel-visit");
        assertThat(results.get(0).get("title").asString()).isNotBlank();
        assertThat(results.get(0).get("snippet").asString()).startsWith("Отменить или перенести выезд");
        assertThat(results.get(0).get("score").asDouble()).isPositive();
        assertThat(results.size()).isLessThanOrEqualTo(5);
    }

    @Test
    void searchWithoutLanguageLooksEverywhereOncePerArticle() throws Exception {
        JsonNode results = json.readTree(get("/api/kb/search?q=" + encode("weekend support hours")).body()).get("results");

        assertThat(results.get(0).get("id").asString()).isEqualTo("support-hours");
        assertThat(results.valueStream().map(result -> result.get("id").asString()).distinct().count())
                .isEqualTo(results.size());
    }

    @Test
    void blankQueryIsABadRequestInTheClientsLanguage() throws Exception {
        HttpResponse<String> russian = get("/api/kb/search?q=%20%20");
        HttpResponse<String> english = get("/api/kb/search?lang=en");

        assertThat(russian.statusCode()).isEqualTo(400);
        assertThat(json.readTree(russian.body()).get("error").asString()).isEqualTo("blank_query");
        assertThat(json.readTree(russian.body()).get("message").asString()).contains("Введите");
        assertThat(english.statusCode()).isEqualTo(400);
        assertThat(json.readTree(english.body()).get("message").asString()).contains("Type");
    }

    @Test
    void veryLongQueriesAndOddLimitsAreHandled() throws Exception {
        String longQuery = encode("urgent ticket engineer visit cancel priority ".repeat(100));

        assertThat(get("/api/kb/search?q=" + longQuery).statusCode()).isEqualTo(200);
        assertThat(results("/api/kb/search?limit=1000&q=" + encode("заявка"))).isLessThanOrEqualTo(20);
        assertThat(results("/api/kb/search?limit=0&q=" + encode("заявка приоритет"))).isEqualTo(1);
        assertThat(results("/api/kb/search?limit=abc&q=" + encode("заявка"))).isLessThanOrEqualTo(5);
        assertThat(get("/api/kb/search?lang=de&q=x").statusCode()).isEqualTo(400);
    }

    @Test
    void suggestOffersTheProblemsArticleAndNothingForChanceWords() throws Exception {
        assertThat(ids("/api/kb/suggest?lang=ru&q=" + encode("1с бухгалтерия не запускается, ошибка лицензии")))
                .startsWith("1c-problems").doesNotContain("website-support-scope").hasSizeLessThanOrEqualTo(3);
        assertThat(ids("/api/kb/suggest?lang=ru&q=" + encode("не печатает принтер в бухгалтерии")))
                .startsWith("printer-not-printing").doesNotContain("not-covered");
        assertThat(ids("/api/kb/suggest?lang=en&q=" + encode("outlook keeps asking for password")))
                .startsWith("mail-not-working").doesNotContain("personal-data");
        assertThat(ids("/api/kb/suggest?lang=ru&q=" + encode("какая погода завтра в Москве"))).isEmpty();
        assertThat(ids("/api/kb/suggest?q=" + encode("сколько будет 2 + 2"))).isEmpty();

        JsonNode first = json.readTree(get("/api/kb/suggest?lang=en&q=" + encode("printer is not printing")).body())
                .get("results").get(0);
        assertThat(first.get("id").asString()).isEqualTo("printer-not-printing");
        assertThat(first.get("title").asString()).isNotBlank();
        assertThat(first.get("snippet").asString()).isNotBlank();
        assertThat(first.get("score").asDouble()).isPositive();
    }

    @Test
    void suggestRefusesABlankQueryAndAnUnknownLanguageInTheClientsLanguage() throws Exception {
        HttpResponse<String> blank = get("/api/kb/suggest?lang=en&q=%20");
        HttpResponse<String> german = get("/api/kb/suggest?lang=de&q=" + encode("drucker"));

        assertThat(blank.statusCode()).isEqualTo(400);
        assertThat(json.readTree(blank.body()).get("error").asString()).isEqualTo("blank_query");
        assertThat(json.readTree(blank.body()).get("message").asString()).contains("Type");
        assertThat(german.statusCode()).isEqualTo(400);
        assertThat(json.readTree(german.body()).get("error").asString()).isEqualTo("unsupported_language");
    }

    private List<String> ids(String path) throws Exception {
        HttpResponse<String> response = get(path);
        assertThat(response.statusCode()).as(path).isEqualTo(200);
        return json.readTree(response.body()).get("results").valueStream().map(result -> result.get("id").asString()).toList();
    }

    @Test
    void articleComesAsJsonWithSanitisedHtml() throws Exception {
        HttpResponse<String> response = get("/api/kb/articles/attachments?lang=en");

        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode article = json.readTree(response.body());
        assertThat(article.get("id").asString()).isEqualTo("attachments");
        assertThat(article.get("lang").asString()).isEqualTo("en");
        assertThat(article.get("title").asString()).isNotBlank();
        assertThat(article.get("tags").isArray()).isTrue();
        assertThat(article.get("related").isArray()).isTrue();
        assertThat(article.get("markdown").asString()).contains("5 MB");
        assertThat(article.get("html").asString()).contains("<li>").doesNotContain("<script");
    }

    @Test
    void unknownArticleIsNotFound() throws Exception {
        HttpResponse<String> api = get("/api/kb/articles/no-such-article?lang=en");
        HttpResponse<String> page = get("/kb/no-such-article");

        assertThat(api.statusCode()).isEqualTo(404);
        assertThat(json.readTree(api.body()).get("error").asString()).isEqualTo("not_found");
        assertThat(json.readTree(api.body()).get("message").asString()).contains("not found");
        assertThat(page.statusCode()).isEqualTo(404);
        assertThat(page.body()).contains("Статья не найдена");
    }

    @Test
    void pageIsPlainHtmlWithAbsoluteLinks() throws Exception {
        HttpResponse<String> response = get("/kb/onsite-visit?lang=en");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).get().asString().startsWith("text/html");
        assertThat(response.body())
                .contains("<html lang=\"en\">", "name=\"viewport\"", "10:30", "Related articles")
                .contains("href=\"https://help.example.org/kb/cancel-visit?lang=en\"")
                .contains("href=\"https://help.example.org/kb/onsite-visit?lang=ru\"");
    }

    @Test
    void statusListsArticlesAndNoBrokenFiles() throws Exception {
        JsonNode status = json.readTree(get("/api/kb/status").body());

        assertThat(status.get("articles").asInt()).isGreaterThanOrEqualTo(60);
        assertThat(status.get("broken").isArray()).isTrue();
        assertThat(status.get("broken").size()).isZero();
        assertThat(status.get("lastReload").asString()).matches("\\d{4}-.*Z");
    }

    private int results(String path) throws Exception {
        return json.readTree(get(path).body()).get("results").size();
    }

    private HttpResponse<String> get(String path) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).GET().build();
        return http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
