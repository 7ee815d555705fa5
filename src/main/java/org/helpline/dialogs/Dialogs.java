package org.helpline.dialogs;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.stereotype.Service;

/**
 * The dialog texts of every language, loaded from the editors' files at start-up. A module that speaks
 * declares its keys with {@link #require}, so a missing text fails start-up naming the file and the key.
 */
@Service
public class Dialogs {

    private final DialogSettings settings;
    private final Map<String, Texts> byLanguage = new LinkedHashMap<>();

    Dialogs(DialogSettings settings) {
        this.settings = settings;
        for (String language : settings.languages()) {
            Path file = file(language);
            if (!Files.isRegularFile(file)) {
                throw new DialogFileException(file.toAbsolutePath() + ": missing (every language needs its dialog file)");
            }
            byLanguage.put(language, DialogFiles.read(file, language));
        }
    }

    /** The texts of {@code language}, or of the default language when that one is not offered. */
    public Texts texts(String language) {
        Texts texts = language == null ? null : byLanguage.get(language);
        return texts != null ? texts : byLanguage.get(settings.defaultLanguage());
    }

    public List<String> languages() {
        return settings.languages();
    }

    public boolean supports(String language) {
        return byLanguage.containsKey(language);
    }

    public String defaultLanguage() {
        return settings.defaultLanguage();
    }

    /** Fails, naming the file and the key, unless every language has every one of {@code keys}. */
    public void require(Collection<String> keys) {
        for (var entry : byLanguage.entrySet()) {
            for (String key : Set.copyOf(keys)) {
                if (!entry.getValue().has(key)) {
                    throw new DialogFileException(file(entry.getKey()).toAbsolutePath() + ": missing key '" + key + "'");
                }
            }
        }
    }

    private Path file(String language) {
        return settings.dir().resolve("intake." + language + ".yaml");
    }
}
