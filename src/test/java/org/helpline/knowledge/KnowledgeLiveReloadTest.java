package org.helpline.knowledge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Editors' changes to the folder show up in search within two seconds, and a broken file never hides an article. */
class KnowledgeLiveReloadTest {

    private static final Duration WITHIN = Duration.ofSeconds(2);

    @TempDir
    Path dir;
    private KnowledgeFixture kb;

    @BeforeEach
    void start() throws IOException {
        Files.createDirectories(dir.resolve("ru"));
        write("ru/coffee.md", article("coffee", "Кофемашина не варит кофе", "кофемашина сломалась"));
        kb = new KnowledgeFixture(dir, Duration.ofMillis(300), 0.0);
    }

    @AfterEach
    void stop() {
        kb.close();
    }

    @Test
    void addedChangedAndDeletedFilesAreSearchable() throws IOException {
        assertThat(ids("кофемашина")).containsExactly("coffee");

        write("ru/printer.md", article("printer", "Принтер не печатает", "принтер зажевал бумагу"));
        await().atMost(WITHIN).until(() -> ids("принтер").equals(List.of("printer")));

        write("ru/coffee.md", article("coffee", "Чайник не кипятит воду", "чайник не включается"));
        await().atMost(WITHIN).until(() -> ids("чайник").equals(List.of("coffee")) && ids("кофемашина").isEmpty());

        Files.delete(dir.resolve("ru/printer.md"));
        await().atMost(WITHIN).until(() -> ids("принтер").isEmpty());
        assertThat(kb.articles.status().articles()).isEqualTo(1);
    }

    @Test
    void savesByRenameAndNewLanguageFoldersArePickedUp() throws IOException {
        Path temporary = dir.resolve("scanner.tmp");
        Files.writeString(temporary, article("scanner", "Scanner does not scan", "the scanner is stuck"));
        Files.createDirectories(dir.resolve("en"));
        Files.move(temporary, dir.resolve("en/scanner.md"), StandardCopyOption.ATOMIC_MOVE);

        await().atMost(WITHIN).until(() -> ids("scanner").equals(List.of("scanner")));
    }

    @Test
    void brokenFileIsReportedAndTheLastGoodVersionStaysServed() throws IOException {
        write("ru/coffee.md", "---\nid: coffee\ntitle: [unclosed\n---\nТекст.\n");

        await().atMost(WITHIN).until(() -> !kb.articles.status().broken().isEmpty());
        Articles.Status.Broken broken = kb.articles.status().broken().getFirst();
        assertThat(broken.path()).isEqualTo("ru/coffee.md");
        assertThat(broken.error()).contains("YAML");
        assertThat(ids("кофемашина")).containsExactly("coffee");
        assertThat(kb.knowledge.article("coffee", "ru")).get().extracting(Article::title).isEqualTo("Кофемашина не варит кофе");

        write("ru/coffee.md", article("coffee", "Кофемашина снова варит", "кофемашина течёт"));
        await().atMost(WITHIN).until(() -> kb.articles.status().broken().isEmpty());
        assertThat(kb.knowledge.article("coffee", "ru")).get().extracting(Article::title).isEqualTo("Кофемашина снова варит");
    }

    @Test
    void idMustMatchTheFileName() throws IOException {
        write("ru/kettle.md", article("teapot", "Чайник", "чайник свистит"));

        await().atMost(WITHIN).until(() -> !kb.articles.status().broken().isEmpty());
        assertThat(kb.articles.status().broken().getFirst().error()).contains("differs from the file name");
        assertThat(ids("чайник")).isEmpty();
    }

    @Test
    void synonymsApplyAtQueryTimeAndFollowEdits() throws IOException {
        assertThat(ids("эспрессо")).isEmpty();

        write(KnowledgeFolder.SYNONYMS, "эспрессо, кофемашина\n");
        await().atMost(WITHIN).until(() -> ids("эспрессо").equals(List.of("coffee")));
        assertThat(ids("эспрессе")).as("other forms of the same word").containsExactly("coffee");
        assertThat(ids("кофемашиной")).containsExactly("coffee");
    }

    @Test
    void articleInOneLanguageIsServedToTheOther() {
        assertThat(kb.knowledge.article("coffee", "en")).get().extracting(Article::lang).isEqualTo("ru");
        assertThat(kb.knowledge.suggest("en", "кофемашина")).extracting(Suggestion::id).containsExactly("coffee");
    }

    private List<String> ids(String text) {
        return kb.knowledge.find(text, null, 5).stream().map(found -> found.article().id()).toList();
    }

    private void write(String path, String content) throws IOException {
        Files.writeString(dir.resolve(path), content, StandardCharsets.UTF_8);
    }

    private static String article(String id, String title, String question) {
        return """
                ---
                id: %s
                title: %s
                tags: [техника]
                questions:
                  - %s
                ---
                Первый абзац статьи.
                """.formatted(id, title, question);
    }
}
