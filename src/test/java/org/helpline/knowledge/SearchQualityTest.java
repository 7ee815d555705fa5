package org.helpline.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Search quality on clients' questions from {@code knowledge-base/eval.tsv}, through the same paths the API and the
 * intake use (threshold included). For the search: hit@1, hit@3 and MRR. For what the intake offers: precision (of the
 * articles offered, the share that is right), answered (the share of questions offered a right article) and, for the
 * questions that must get nothing ({@code -}), how often nothing is offered.
 *
 * <p>The gates sit a few questions below the figures measured when they were set (search hit@3 0.966, precision
 * 0.82, answered 0.81, nothing 1.00 over 236 + 34 questions), so an edit that makes several answers worse fails the
 * build while one reworded article does not.
 */
class SearchQualityTest {

    private static final double MIN_HIT_AT_3 = 0.92;
    private static final double MIN_PRECISION = 0.78;
    private static final double MIN_ANSWERED = 0.75;
    private static final double MIN_NOTHING = 0.94;

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
    void clientsQuestionsFindTheRightArticleAndNothingElse() throws IOException {
        Eval search = new Eval();
        Eval offers = new Eval();
        int mustGetNothing = 0;
        int gotNothing = 0;
        List<String> wrong = new ArrayList<>();
        for (String line : Files.readAllLines(KnowledgeFixture.REAL_FOLDER.resolve("eval.tsv"), StandardCharsets.UTF_8)) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] columns = line.split("\t");
            List<String> offered = ids(kb.knowledge.offered(columns[1], columns[0]));
            if (columns[2].equals(NOTHING)) {
                mustGetNothing++;
                gotNothing += offered.isEmpty() ? 1 : 0;
                if (!offered.isEmpty()) {
                    wrong.add("  offered " + offered + " | " + line);
                }
                continue;
            }
            Set<String> expected = Set.of(columns[2].split(","));
            List<String> found = ids(kb.knowledge.find(columns[1], columns[0], 10));
            int rank = search.add(expected, found);
            offers.add(expected, offered);
            if (rank != 1) {
                wrong.add("  rank " + (rank == 0 ? "-" : rank) + " | " + line + " | got " + found.stream().limit(3).toList()
                        + " | offered " + offered);
            } else if (!expected.containsAll(offered) || offered.isEmpty()) {
                wrong.add("  offered " + offered + " | " + line);
            }
        }
        double nothing = (double) gotNothing / mustGetNothing;
        System.out.printf("Search eval over %d questions: hit@1 = %.3f, hit@3 = %.3f, MRR = %.3f%n",
                search.questions, search.hitAt(1), search.hitAt(3), search.mrr());
        System.out.printf("Offered by the intake: precision = %.3f (%d of %d articles right), answered = %.3f; "
                + "nothing offered for %d of %d must-get-nothing questions (%.3f)%n", offers.precision(), offers.right,
                offers.offered, offers.answered(), gotNothing, mustGetNothing, nothing);
        wrong.forEach(System.out::println);
        assertThat(search.questions).isGreaterThanOrEqualTo(200);
        assertThat(mustGetNothing).isGreaterThanOrEqualTo(30);
        assertThat(search.hitAt(3)).as("search hit@3").isGreaterThanOrEqualTo(MIN_HIT_AT_3);
        assertThat(offers.precision()).as("precision of what the intake offers").isGreaterThanOrEqualTo(MIN_PRECISION);
        assertThat(offers.answered()).as("questions offered a right article").isGreaterThanOrEqualTo(MIN_ANSWERED);
        assertThat(nothing).as("must-get-nothing questions offered nothing").isGreaterThanOrEqualTo(MIN_NOTHING);
    }

    @Test
    void everyArticleIsOfferedForItsOwnEvalQuestions() throws IOException {
        Set<String> withQuestions = new java.util.TreeSet<>();
        Set<String> answered = new java.util.TreeSet<>();
        for (String line : Files.readAllLines(KnowledgeFixture.REAL_FOLDER.resolve("eval.tsv"), StandardCharsets.UTF_8)) {
            String[] columns = line.split("\t");
            if (line.startsWith("#") || columns.length < 3 || columns[2].equals(NOTHING) || columns[2].contains(",")) {
                continue;
            }
            withQuestions.add(columns[2]);
            if (ids(kb.knowledge.offered(columns[1], columns[0])).contains(columns[2])) {
                answered.add(columns[2]);
            }
        }
        assertThat(withQuestions).contains(SELF_HELP_ARTICLES);
        assertThat(answered).as("articles offered for at least one of their own eval questions").contains(SELF_HELP_ARTICLES);
    }

    private static final String NOTHING = "-";
    private static final String[] SELF_HELP_ARTICLES = {"printer-not-printing", "scanner-not-working", "no-internet",
            "password-reset", "mail-not-working", "1c-problems", "vpn-connect", "slow-computer", "virus-suspected",
            "shared-folder-access", "how-to-screenshot"};

    private static List<String> ids(List<KnowledgeBase.Found> found) {
        return found.stream().map(each -> each.article().id()).toList();
    }

    /** Running figures over questions with known right answers. */
    private static final class Eval {
        int questions;
        int hit1;
        int hit3;
        double reciprocalRanks;
        int offered;
        int right;
        int answered;

        /** Adds one question's answers; returns the rank of the first right one (0: none). */
        int add(Set<String> expected, List<String> got) {
            int rank = 0;
            for (int i = 0; i < got.size() && rank == 0; i++) {
                rank = expected.contains(got.get(i)) ? i + 1 : 0;
            }
            questions++;
            hit1 += rank == 1 ? 1 : 0;
            hit3 += rank >= 1 && rank <= 3 ? 1 : 0;
            reciprocalRanks += rank == 0 ? 0 : 1.0 / rank;
            offered += got.size();
            right += (int) got.stream().filter(expected::contains).count();
            answered += rank > 0 ? 1 : 0;
            return rank;
        }

        double hitAt(int k) {
            return (double) (k == 1 ? hit1 : hit3) / questions;
        }

        double mrr() {
            return reciprocalRanks / questions;
        }

        double precision() {
            return offered == 0 ? 0 : (double) right / offered;
        }

        double answered() {
            return (double) answered / questions;
        }
    }

    @Test
    void unrelatedTextFindsNothing() {
        for (String text : List.of("рецепт борща со сметаной", "кто выиграл чемпионат мира по футболу",
                "how to bake a chocolate cake", "погода в Москве завтра", "asdfgh qwerty")) {
            assertThat(kb.knowledge.suggest(null, text)).as(text).isEmpty();
        }
    }

    /**
     * The attachments article says «скриншот» and "screenshot", never «снимок», «экран», «скрин» or "screengrab": it
     * is found for those only through the editors' synonyms lines, in whatever form the client writes them.
     */
    @Test
    void editorsSynonymsApplyToEveryForm() {
        assertThat(words("attachments", "ru")).doesNotContain("снимок", "снимки", "снимками", "экран", "экрана", "скрин", "скрины");
        assertThat(ids("ru", "комп")).as("комп = компьютер (slow-computer never says комп)").contains("slow-computer");
        assertThat(ids("ru", "снимок экрана")).as("скриншот = снимок экрана (multi-word)").contains("attachments");
        assertThat(ids("ru", "снимками экрана")).as("the multi-word synonym in another form").contains("attachments");
        assertThat(ids("ru", "скрины")).as("скрин = скриншот, any form").contains("attachments");
        assertThat(words("attachments", "en")).doesNotContain("screengrab", "screengrabs");
        assertThat(ids("en", "screengrabs")).as("screengrab = screenshot, plural").contains("attachments");
    }

    private static Set<String> words(String id, String lang) {
        Article article = kb.knowledge.article(id, lang).orElseThrow();
        String all = String.join(" ", article.title(), String.join(" ", article.tags()),
                String.join(" ", article.questions()), article.markdown());
        return Set.copyOf(List.of(all.toLowerCase(Locale.ROOT).split("[^\\p{L}]+")));
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
        assertThat(kb.knowledge.suggest("ru", "заявка приоритет срочно выезд инженера ".repeat(3000))).isNotEmpty();
        assertThat(kb.knowledge.suggest("ru", "   ")).isEmpty();
        assertThat(kb.knowledge.suggest(null, null)).isEmpty();
        assertThat(kb.knowledge.find("приоритет заявки", "xx", 0)).isEmpty();
        assertThat(kb.knowledge.suggest("EN", "!!! ??? *** ~~~ \"")).isEmpty();
        assertThat(kb.knowledge.suggest("ru-RU", "комп не включается, вызвать айтишника")).hasSizeLessThanOrEqualTo(3);
    }

    @Test
    void suggestionsCarryTheShortAnswerAndLink() {
        List<Suggestion> suggestions = kb.knowledge.suggest("ru", "как отменить выезд мастера");
        assertThat(suggestions).isNotEmpty();
        Suggestion first = suggestions.getFirst();
        assertThat(first.id()).isEqualTo("cancel-visit");
        assertThat(first.url()).isEqualTo("http://kb.test/kb/cancel-visit?lang=ru");
        assertThat(first.shortAnswer()).startsWith("Отменить или перенести выезд").doesNotContain("**");
        assertThat(first.score()).isPositive();
    }
}
