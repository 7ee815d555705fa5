package org.helpline.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * Checks every file editors touch in {@code knowledge-base/}, so a mistake fails the build with the file and the
 * reason: each article loads, has a title, tags and at least six client phrasings, exists in every language, and
 * links only to articles that exist; the synonyms parse.
 */
class KnowledgeContentTest {

    private static final int MIN_QUESTIONS = 6;

    @Test
    void everyArticleIsCompleteInEveryLanguage() throws IOException {
        List<String> problems = new ArrayList<>();
        Map<String, Map<String, Article>> byLang = new HashMap<>();
        for (String lang : new TreeSet<>(ArticleParser.LANGUAGES)) {
            Map<String, Article> articles = new HashMap<>();
            byLang.put(lang, articles);
            for (Path file : markdownFiles(KnowledgeFixture.REAL_FOLDER.resolve(lang))) {
                String path = lang + "/" + file.getFileName();
                try {
                    Article article = ArticleParser.parse(lang, file.getFileName().toString(),
                            Files.readString(file, StandardCharsets.UTF_8));
                    articles.put(article.id(), article);
                    if (article.tags().isEmpty()) {
                        problems.add(path + ": no tags");
                    }
                    if (article.questions().size() < MIN_QUESTIONS) {
                        problems.add(path + ": only " + article.questions().size() + " questions, need at least "
                                + MIN_QUESTIONS);
                    }
                    if (article.summary().isBlank()) {
                        problems.add(path + ": the body must start with a paragraph (the short answer)");
                    }
                    if (article.questions().stream().distinct().count() != article.questions().size()) {
                        problems.add(path + ": repeated questions");
                    }
                } catch (BrokenArticleException e) {
                    problems.add(path + ": " + e.getMessage());
                }
            }
        }
        TreeSet<String> allIds = new TreeSet<>();
        byLang.values().forEach(articles -> allIds.addAll(articles.keySet()));
        for (var entry : byLang.entrySet()) {
            for (String id : allIds) {
                if (!entry.getValue().containsKey(id)) {
                    problems.add(entry.getKey() + "/" + id + ".md: missing (the article exists in another language)");
                }
            }
            for (Article article : entry.getValue().values()) {
                for (String related : article.related()) {
                    if (!allIds.contains(related)) {
                        problems.add(entry.getKey() + "/" + article.id() + ".md: related '" + related + "' does not exist");
                    }
                    if (related.equals(article.id())) {
                        problems.add(entry.getKey() + "/" + article.id() + ".md: relates to itself");
                    }
                }
            }
        }
        assertThat(problems).as("knowledge-base problems").isEmpty();
        assertThat(allIds).as("articles").hasSizeGreaterThanOrEqualTo(30);
    }

    @Test
    void synonymsParseInEveryLanguage() throws Exception {
        String rules = Files.readString(KnowledgeFixture.REAL_FOLDER.resolve(KnowledgeFolder.SYNONYMS));
        try (SearchIndex index = new SearchIndex()) {
            index.useSynonyms(rules);
        }
    }

    private static List<Path> markdownFiles(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(file -> file.toString().endsWith(".md")).sorted().toList();
        }
    }
}
