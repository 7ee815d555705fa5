package org.helpline.dialogs;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The one place a messenger's locale or a browser's Accept-Language becomes one of the offered languages. */
class DialogLanguagesUnitTest {

    private final Dialogs dialogs = new Dialogs(new DialogSettings(Path.of("dialogs"), List.of("ru", "en"), null),
            new SupportSettings(null, null));

    @Test
    void aMessengerLocaleNamesItsLanguageOrGetsTheDefault() {
        assertThat(dialogs.language("en")).isEqualTo("en");
        assertThat(dialogs.language("en-US")).isEqualTo("en");
        assertThat(dialogs.language("EN_gb")).isEqualTo("en");
        assertThat(dialogs.language("ru")).isEqualTo("ru");
        assertThat(dialogs.language("de")).isEqualTo("ru");
        assertThat(dialogs.language("")).isEqualTo("ru");
        assertThat(dialogs.language(null)).isEqualTo("ru");
    }

    @Test
    void aRequestIsAnsweredInWhatItAsksForThenInItsFirstOfferedAcceptLanguage() {
        assertThat(dialogs.language("en", "ru")).isEqualTo("en");
        assertThat(dialogs.language(null, "de-DE,de;q=0.9,en-GB;q=0.8,ru;q=0.5")).isEqualTo("en");
        assertThat(dialogs.language("fr", "ru-RU")).isEqualTo("ru");
        assertThat(dialogs.language(null, "de, *;q=0.1")).isEqualTo("ru");
        assertThat(dialogs.language(null, ";;;q=nonsense")).isEqualTo("ru");
        assertThat(dialogs.language(null, null)).isEqualTo("ru");
    }

    @Test
    void onlyOfferedLanguagesAreSupported() {
        assertThat(dialogs.supported("en-GB")).contains("en");
        assertThat(dialogs.supported("uk")).isEmpty();
        assertThat(dialogs.supported(" ")).isEmpty();
    }
}
