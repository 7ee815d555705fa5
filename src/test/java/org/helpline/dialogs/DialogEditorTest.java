package org.helpline.dialogs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The editors' changes of one dialog text, on copies of the real files: written into the file in place (every
 * other line, comment included, byte for byte), beside the old file and renamed over it, and spoken at once; a
 * refused change leaves the file and the texts in use as they were.
 */
class DialogEditorTest {

    private static final String TOO_SHORT =
            "  too_short: Слишком коротко — опишите проблему хотя бы в {min} символах, чтобы инженер сразу понял, в чём дело.\n";

    @TempDir
    Path dir;
    private Path russian;
    private String original;
    private Dialogs dialogs;
    private DialogEditor editor;

    @BeforeEach
    void copyTheRealFiles() throws IOException {
        for (String file : List.of("intake.ru.yaml", "intake.en.yaml")) {
            Files.copy(Path.of("dialogs", file), dir.resolve(file));
        }
        russian = dir.resolve("intake.ru.yaml");
        original = Files.readString(russian);
        assertThat(original).contains(TOO_SHORT);
        dialogs = new Dialogs(new DialogSettings(dir, List.of("ru", "en"), null), new SupportSettings(null, null));
        editor = new DialogEditor(dialogs);
    }

    @Test
    void aChangedTextIsWrittenBesideAndRenamedOverKeepingEveryOtherLine() throws IOException {
        Object before = inode();

        String replaced = editor.change("ru", "description.too_short",
                "Коротковато: опишите \"что сломалось\" хотя бы в {min} символах.");

        assertThat(replaced).startsWith("Слишком коротко");
        assertThat(Files.readString(russian)).isEqualTo(original.replace(TOO_SHORT,
                "  too_short: \"Коротковато: опишите \\\"что сломалось\\\" хотя бы в {min} символах.\"\n"));
        assertThat(inode()).isNotEqualTo(before);
        assertThat(names()).containsExactly("intake.en.yaml", "intake.ru.yaml");
        assertThat(dialogs.texts("ru").get("description.too_short", Map.of("min", 10)))
                .isEqualTo("Коротковато: опишите \"что сломалось\" хотя бы в 10 символах.");
        assertThat(DialogFiles.read(russian, "ru").written()).isEqualTo(edited("description.too_short",
                "Коротковато: опишите \"что сломалось\" хотя бы в {min} символах."));
    }

    @Test
    void aPlainLineStaysPlainWhenItReadsBackAsWritten() throws IOException {
        editor.change("ru", "consent.agree", "Да, согласен");
        editor.change("ru", "consent.decline", "Нет # не сейчас");

        assertThat(Files.readString(russian)).isEqualTo(original.replace("  agree: Согласен\n", "  agree: Да, согласен\n")
                .replace("  decline: Не согласен\n", "  decline: \"Нет # не сейчас\"\n"));
    }

    @Test
    void aTextWrittenAsABlockStaysABlock() throws IOException {
        String prompt = editor.text("ru", "consent.prompt").orElseThrow();

        editor.change("ru", "consent.prompt", prompt.replace("Здравствуйте!", "Добрый день!\n\nРады помочь."));

        assertThat(Files.readString(russian)).isEqualTo(original.replace("    Здравствуйте! Я помогу",
                "    Добрый день!\n\n    Рады помочь. Я помогу"));
        assertThat(dialogs.texts("ru").get("consent.prompt", Map.of("url", "https://kb.test"))).startsWith("Добрый день!\n\nРады помочь.");
    }

    @Test
    void aRefusedChangeLeavesTheFileAndTheTextsInUseAsTheyWere() throws IOException {
        Object before = inode();

        assertRefused("description.too_short", "Слишком коротко, опишите подробнее.", "placeholders",
                Map.of("key", "description.too_short", "expected", "{min}", "found", "—"));
        assertRefused("description.too_short", "Не меньше {max} символов.", "placeholders",
                Map.of("key", "description.too_short", "expected", "{min}", "found", "{max}"));
        assertRefused("description.too_short", "   ", "empty", Map.of("key", "description.too_short"));
        assertRefused("description.no_such_text", "Текст", "unknown_key", Map.of("key", "description.no_such_text"));
        assertThatThrownBy(() -> editor.change("ru", "description.too_short",
                "Хотя бы {min} символов, или позвоните: " + SupportSettings.DEFAULT_PHONE))
                .isInstanceOfSatisfying(DialogEditRefused.class, refused -> {
                    assertThat(refused.reason()).isEqualTo("invalid");
                    assertThat(refused.args().get("detail")).contains("write {phone} instead");
                });

        assertThat(Files.readString(russian)).isEqualTo(original);
        assertThat(inode()).isEqualTo(before);
        assertThat(names()).containsExactly("intake.en.yaml", "intake.ru.yaml");
        assertThat(dialogs.texts("ru").get("description.too_short", Map.of("min", 10))).startsWith("Слишком коротко");
    }

    private void assertRefused(String key, String text, String reason, Map<String, String> args) {
        assertThatThrownBy(() -> editor.change("ru", key, text)).isInstanceOfSatisfying(DialogEditRefused.class, refused -> {
            assertThat(refused.reason()).isEqualTo(reason);
            assertThat(refused.args()).isEqualTo(args);
        });
    }

    /** The texts of the original file with one changed. */
    private Map<String, String> edited(String key, String text) {
        Map<String, String> texts = new TreeMap<>(DialogFiles.parse(russian, original, "ru").written());
        texts.put(key, text);
        return texts;
    }

    private List<String> names() throws IOException {
        try (Stream<Path> listed = Files.list(dir)) {
            return listed.map(file -> file.getFileName().toString()).sorted().toList();
        }
    }

    private Object inode() throws IOException {
        return Files.getAttribute(russian, "unix:ino");
    }
}
