package org.helpline.dialogs;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Every dialog file the editors keep loads, and their mistakes fail the build naming the file and the key. */
class DialogFilesTest {

    private static final Path DIALOGS = Path.of("dialogs");

    @Test
    void everyDialogFileLoadsAndEveryLanguageHasTheSameKeys() throws IOException {
        List<Path> files;
        try (Stream<Path> listed = Files.list(DIALOGS)) {
            files = listed.filter(file -> file.toString().endsWith(".yaml")).sorted().toList();
        }
        assertThat(files).extracting(file -> file.getFileName().toString())
                .contains("intake.ru.yaml", "intake.en.yaml");
        Set<String> russianKeys = keys(DialogFiles.read(DIALOGS.resolve("intake.ru.yaml"), "ru"));
        for (Path file : files) {
            String language = file.getFileName().toString().split("\\.")[1];
            Texts texts = DialogFiles.read(file, language);
            assertThat(keys(texts)).as(file.toString()).isEqualTo(russianKeys);
        }
    }

    @Test
    void aMissingKeyNamesTheFileAndTheKey(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("intake.ru.yaml"), "consent:\n  prompt: Здравствуйте\n");
        Files.writeString(dir.resolve("intake.en.yaml"), "consent:\n  prompt: Hello\n  agree: Yes\n");
        Dialogs dialogs = new Dialogs(new DialogSettings(dir, List.of("ru", "en"), null), new SupportSettings(null, null));
        assertThatThrownBy(() -> dialogs.require(List.of("consent.prompt", "consent.agree")))
                .isInstanceOf(DialogFileException.class)
                .hasMessageContaining("intake.ru.yaml")
                .hasMessageContaining("consent.agree");
    }

    @Test
    void brokenYamlNamesTheFileAndLine(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("intake.ru.yaml"), "consent:\n  prompt: Осталось попыток: 3\n");
        assertThatThrownBy(() -> DialogFiles.read(dir.resolve("intake.ru.yaml"), "ru"))
                .hasMessageContaining("intake.ru.yaml").hasMessageContaining("line 2");
    }

    @Test
    void aMissingLanguageFileStopsStartUp(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("intake.ru.yaml"), "consent:\n  prompt: Здравствуйте\n");
        assertThatThrownBy(() -> new Dialogs(new DialogSettings(dir, List.of("ru", "en"), null), new SupportSettings(null, null)))
                .hasMessageContaining("intake.en.yaml").hasMessageContaining("missing");
    }

    @Test
    void theSupportLineIsConfiguredAndATextWritingThePhoneOutIsAMistake(@TempDir Path dir) throws IOException {
        SupportSettings support = new SupportSettings("+7 (495) 123-45-67", java.util.Map.of("ru", "пн–пт, 9–18", "en", "Mon–Fri, 9–18"));
        Files.writeString(dir.resolve("intake.ru.yaml"), "common:\n  help: \"Звоните: {phone} ({hours})\"\n");
        Files.writeString(dir.resolve("intake.en.yaml"), "common:\n  help: \"Call {phone} ({hours})\"\n");
        Dialogs dialogs = new Dialogs(new DialogSettings(dir, List.of("ru", "en"), null), support);
        assertThat(dialogs.texts("ru").get("common.help")).isEqualTo("Звоните: +7 (495) 123-45-67 (пн–пт, 9–18)");
        assertThat(dialogs.texts("en").get("common.help", java.util.Map.of())).isEqualTo("Call +7 (495) 123-45-67 (Mon–Fri, 9–18)");

        Files.writeString(dir.resolve("intake.en.yaml"), "common:\n  help: \"Call +7 495 123 45 67\"\n");
        assertThatThrownBy(() -> new Dialogs(new DialogSettings(dir, List.of("ru", "en"), null), support))
                .hasMessageContaining("intake.en.yaml").hasMessageContaining("common.help").hasMessageContaining("{phone}");
        assertThatThrownBy(() -> new SupportSettings("позвоните нам", null)).hasMessageContaining("HELPLINE_SUPPORT_PHONE");
    }

    @Test
    void placeholdersAreFilled() {
        Texts texts = DialogFiles.read(DIALOGS.resolve("intake.ru.yaml"), "ru");
        assertThat(texts.get("opened.message", java.util.Map.of("number", "HL-000042", "due", "23.11.2026 12:00")))
                .startsWith("Заявка HL-000042 зарегистрирована").contains("23.11.2026 12:00");
    }

    private static Set<String> keys(Texts texts) {
        return texts.keys();
    }
}
