package org.helpline.knowledge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The editors' saves of article files: checked by the loader's parser, written beside the old file and renamed over
 * it (a new file, never a half-written one), served at once; a refused one leaves the folder exactly as it was.
 */
class KnowledgeBaseFilesTest {

    private static final String COFFEE = article("coffee", "Кофемашина не варит кофе", "кофемашина сломалась");

    @TempDir
    Path dir;
    private KnowledgeFixture kb;
    private KnowledgeBaseFiles files;

    @BeforeEach
    void start() throws IOException {
        Files.createDirectories(dir.resolve("ru"));
        Files.writeString(dir.resolve("ru/coffee.md"), COFFEE);
        // The folder is polled only hourly: what is served at once is served because the save asked for it.
        kb = new KnowledgeFixture(dir, Duration.ofHours(1), 0.0);
        files = new KnowledgeBaseFiles(new KnowledgeSettings(dir, 0.0, Duration.ofHours(1)), kb.articles, kb.folder);
    }

    @AfterEach
    void stop() {
        kb.close();
    }

    @Test
    void aSaveIsWrittenBesideAndRenamedOverAndServedAtOnce() throws Exception {
        Object before = inode("ru/coffee.md");
        String changed = article("coffee", "Чайник не кипятит воду", "чайник не включается");

        assertThat(files.save("ru", "coffee", changed)).contains(COFFEE);

        assertThat(Files.readString(dir.resolve("ru/coffee.md"))).isEqualTo(changed);
        assertThat(inode("ru/coffee.md")).isNotEqualTo(before);
        assertThat(names("ru")).containsExactly("coffee.md");
        await().atMost(Duration.ofSeconds(2)).until(() -> ids("чайник").equals(List.of("coffee")) && ids("кофемашина").isEmpty());
        assertThat(files.list()).containsExactly(new KnowledgeBaseFiles.KnowledgeBaseFile("ru", "coffee", "Чайник не кипятит воду", null));
    }

    @Test
    void aNewArticleIsCreatedInItsLanguagesFolder() throws Exception {
        assertThat(files.save("ru", "printer", article("printer", "Принтер не печатает", "принтер зажевал бумагу"))).isEmpty();

        assertThat(names("ru")).containsExactly("coffee.md", "printer.md");
        await().atMost(Duration.ofSeconds(2)).until(() -> ids("принтер").equals(List.of("printer")));
    }

    @Test
    void aRefusedSaveSaysWhyAndLeavesTheFileAsItWas() throws IOException {
        Object before = inode("ru/coffee.md");

        assertThatThrownBy(() -> files.save("ru", "coffee", "---\nid: coffee\ntitle:\n---\nТекст.\n"))
                .isInstanceOfSatisfying(KnowledgeBaseException.class, refused -> {
                    assertThat(refused.reason()).isEqualTo("missing_title");
                    assertThat(refused.getMessage()).isEqualTo("missing title");
                });
        assertThatThrownBy(() -> files.save("ru", "coffee", "---\nid: coffee\ntitle: Кофе\nquestions: [unclosed\n---\nТекст.\n"))
                .isInstanceOfSatisfying(KnowledgeBaseException.class, refused -> {
                    assertThat(refused.reason()).isEqualTo("bad_yaml_at");
                    assertThat(refused.args()).containsKey("line");
                });
        assertThatThrownBy(() -> files.save("ru", "coffee", "Просто текст без блока между строками ---"))
                .isInstanceOfSatisfying(KnowledgeBaseException.class,
                        refused -> assertThat(refused.reason()).isEqualTo("no_front_matter"));

        assertThat(Files.readString(dir.resolve("ru/coffee.md"))).isEqualTo(COFFEE);
        assertThat(inode("ru/coffee.md")).isEqualTo(before);
        assertThat(names("ru")).containsExactly("coffee.md");
        assertThat(ids("кофемашина")).containsExactly("coffee");
    }

    @Test
    void aNameThatWouldLeaveTheFolderIsRefusedAndNothingIsWritten() throws IOException {
        assertThatThrownBy(() -> files.save("ru", "../escaped", article("../escaped", "Побег", "выйти из папки")))
                .isInstanceOfSatisfying(KnowledgeBaseException.class, refused -> assertThat(refused.reason()).isEqualTo("id_invalid"));
        assertThatThrownBy(() -> files.save("de", "coffee", COFFEE))
                .isInstanceOfSatisfying(KnowledgeBaseException.class,
                        refused -> assertThat(refused.reason()).isEqualTo("unsupported_language"));

        try (Stream<Path> all = Files.walk(dir)) {
            assertThat(all.filter(Files::isRegularFile).map(file -> dir.relativize(file).toString()))
                    .containsExactly("ru/coffee.md");
        }
    }

    @Test
    void aRetiredArticleIsKeptAsideAndNoLongerServed() throws IOException {
        assertThat(files.retire("ru", "coffee")).contains(COFFEE);

        assertThat(files.read("ru", "coffee")).isEmpty();
        assertThat(Files.readString(dir.resolve(".retired/ru/coffee.md"))).isEqualTo(COFFEE);
        await().atMost(Duration.ofSeconds(2)).until(() -> ids("кофемашина").isEmpty());
        assertThat(files.retire("ru", "coffee")).isEmpty();
    }

    private List<String> ids(String query) {
        return kb.knowledge.find(query, null, 5).stream().map(found -> found.article().id()).toList();
    }

    private List<String> names(String folder) throws IOException {
        try (Stream<Path> listed = Files.list(dir.resolve(folder))) {
            return listed.map(file -> file.getFileName().toString()).sorted().toList();
        }
    }

    private Object inode(String path) throws IOException {
        return Files.getAttribute(dir.resolve(path), "unix:ino");
    }

    private static String article(String id, String title, String question) {
        return "---\nid: " + id + "\ntitle: " + title + "\nquestions:\n  - " + question + "\n---\n" + title + ": что сделать.\n";
    }
}
