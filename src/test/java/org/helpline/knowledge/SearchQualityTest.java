package org.helpline.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Search quality on clients' questions from {@code knowledge-base/eval.tsv}, through the same path the API uses
 * (threshold included): prints hit@1, hit@3 and MRR and fails below hit@3 = 0.85.
 */
class SearchQualityTest {

    private static KnowledgeFixture kb;

    @BeforeAll
    static void load() {
        kb = KnowledgeFixture.real();
    }

    @AfterAll
    static void close() {
        kb.close();
    }

    @Test
    void clientsQuestionsFindTheRightArticle() throws IOException {
        List<String> misses = new ArrayList<>();
        int total = 0;
        int hit1 = 0;
        int hit3 = 0;
        double reciprocalRanks = 0;
        for (String line : Files.readAllLines(KnowledgeFixture.REAL_FOLDER.resolve("eval.tsv"), StandardCharsets.UTF_8)) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] columns = line.split("\t");
            Set<String> expected = Set.of(columns[2].split(","));
            List<String> found = kb.knowledge.find(columns[1], columns[0], 10).stream()
                    .map(each -> each.article().id()).toList();
            int rank = 0;
            for (int i = 0; i < found.size() && rank == 0; i++) {
                rank = expected.contains(found.get(i)) ? i + 1 : 0;
            }
            total++;
            hit1 += rank == 1 ? 1 : 0;
            hit3 += rank >= 1 && rank <= 3 ? 1 : 0;
            reciprocalRanks += rank == 0 ? 0 : 1.0 / rank;
            if (rank != 1) {
                misses.add("  rank " + (rank == 0 ? "-" : rank) + " | " + line + " | got " + found.stream().limit(3).toList());
            }
        }
        double hitAt3 = (double) hit3 / total;
        System.out.printf("Search eval over %d questions: hit@1 = %.3f, hit@3 = %.3f, MRR = %.3f%n",
                total, (double) hit1 / total, hitAt3, reciprocalRanks / total);
        misses.forEach(System.out::println);
        assertThat(total).isGreaterThanOrEqualTo(80);
        assertThat(hitAt3).as("hit@3").isGreaterThanOrEqualTo(0.85);
    }

    @Test
    void unrelatedTextFindsNothing() {
        for (String text : List.of("рецепт борща со сметаной", "кто выиграл чемпионат мира по футболу",
                "how to bake a chocolate cake", "погода в Москве завтра", "asdfgh qwerty")) {
            assertThat(kb.knowledge.suggest(null, text, 5)).as(text).isEmpty();
        }
    }

    @Test
    void editorsSynonymsApplyToEveryForm() {
        assertThat(ids("ru", "комп")).as("комп = компьютер").contains("how-to-submit");
        assertThat(ids("ru", "снимок экрана")).as("скриншот = снимок экрана (multi-word)").first().isEqualTo("attachments");
        assertThat(ids("ru", "скрины")).as("скрин = скриншот, any form").first().isEqualTo("attachments");
        assertThat(ids("en", "screengrab")).first().isEqualTo("attachments");
    }

    @Test
    void typosInLongerWordsAreTolerated() {
        assertThat(ids("ru", "эскалацыя")).first().isEqualTo("escalation-levels");
        assertThat(ids("en", "escalaton")).first().isEqualTo("escalation-levels");
    }

    private static List<String> ids(String lang, String text) {
        return kb.knowledge.find(text, lang, 3).stream().map(found -> found.article().id()).toList();
    }

    @Test
    void oddInputNeverFails() {
        assertThat(kb.knowledge.suggest("ru", "заявка приоритет срочно выезд инженера ".repeat(3000), 5)).isNotEmpty();
        assertThat(kb.knowledge.suggest("ru", "   ", 5)).isEmpty();
        assertThat(kb.knowledge.suggest(null, null, 5)).isEmpty();
        assertThat(kb.knowledge.suggest("xx", "приоритет заявки", 0)).isEmpty();
        assertThat(kb.knowledge.suggest("EN", "!!! ??? *** ~~~ \"", 5)).isEmpty();
        assertThat(kb.knowledge.suggest("ru-RU", "комп не включается, вызвать айтишника", 100)).hasSizeLessThanOrEqualTo(20);
    }

    @Test
    void suggestionsCarryTheShortAnswerAndLink() {
        List<Suggestion> suggestions = kb.knowledge.suggest("ru", "как отменить выезд мастера", 3);
        assertThat(suggestions).isNotEmpty();
        Suggestion first = suggestions.getFirst();
        assertThat(first.id()).isEqualTo("cancel-visit");
        assertThat(first.url()).isEqualTo("http://kb.test/kb/cancel-visit?lang=ru");
        assertThat(first.shortAnswer()).startsWith("Отменить или перенести выезд").doesNotContain("**");
        assertThat(first.score()).isPositive();
    }
}
