package org.helpline.dialogs;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * The dialog texts of every language, from the editors' files. A module that speaks declares its keys with
 * {@link #require}, so a missing text fails start-up naming the file and the key. While the app runs, an
 * edited file replaces its language's texts only if it is valid; a broken edit is reported and the last good
 * texts stay in use.
 */
@Service
public class Dialogs {

    private static final Logger log = LoggerFactory.getLogger(Dialogs.class);

    /** An edited dialog file that could not be used, and why. */
    public record BrokenFile(String path, String error) {
    }

    private final DialogSettings settings;
    private final SupportSettings support;
    private final Set<String> required = new LinkedHashSet<>();
    private volatile Map<String, Texts> byLanguage;
    private final Map<String, BrokenFile> broken = new LinkedHashMap<>();

    Dialogs(DialogSettings settings, SupportSettings support) {
        this.settings = settings;
        this.support = support;
        Map<String, Texts> loaded = new LinkedHashMap<>();
        for (String language : settings.languages()) {
            Path file = file(language);
            if (!Files.isRegularFile(file)) {
                throw new DialogFileException(file.toAbsolutePath() + ": missing (every language needs its dialog file)");
            }
            loaded.put(language, read(file, language));
        }
        this.byLanguage = Map.copyOf(loaded);
    }

    /** The texts of {@code language}, or of the default language when that one is not offered. */
    public Texts texts(String language) {
        Map<String, Texts> current = byLanguage;
        Texts texts = language == null ? null : current.get(language);
        return texts != null ? texts : current.get(settings.defaultLanguage());
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
    public synchronized void require(Collection<String> keys) {
        for (var entry : byLanguage.entrySet()) {
            checkKeys(file(entry.getKey()), entry.getValue(), keys);
        }
        required.addAll(keys);
    }

    /** Edited files that are not in use because of a mistake, with the mistake. */
    public synchronized List<BrokenFile> broken() {
        return List.copyOf(broken.values());
    }

    /** Reads {@code language}'s file again; uses it if it is valid, else keeps the last good texts. */
    synchronized void reload(String language) {
        Path file = file(language);
        try {
            Texts texts = read(file, language);
            checkKeys(file, texts, required);
            use(language, texts);
            log.info("Dialog texts reloaded from {}", file);
        } catch (DialogFileException e) {
            broken.put(language, new BrokenFile(settings.dir().relativize(file).toString(), e.getMessage()));
            log.error("Dialog file not used, the last good texts stay: {}", e.getMessage());
        }
    }

    /**
     * Replaces {@code language}'s file with {@code content} and speaks it at once, if it passes every check a
     * reload makes; else throws naming the mistake, and the file and the texts in use stay as they were. The new
     * file is written beside the old and renamed over it, so the folder never holds half a file.
     */
    synchronized void replace(String language, String content) {
        Path file = file(language);
        Texts texts = checked(file, DialogFiles.parse(file.toAbsolutePath(), content, language));
        checkKeys(file, texts, required);
        try {
            Path temporary = Files.createTempFile(file.toAbsolutePath().getParent(), "." + file.getFileName(), ".tmp");
            try {
                Files.writeString(temporary, content);
                Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } finally {
                Files.deleteIfExists(temporary);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        use(language, texts);
        log.info("Dialog texts saved to {} from the console", file);
    }

    private void use(String language, Texts texts) {
        Map<String, Texts> next = new LinkedHashMap<>(byLanguage);
        next.put(language, texts);
        byLanguage = Map.copyOf(next);
        broken.remove(language);
    }

    private Texts read(Path file, String language) {
        return checked(file, DialogFiles.read(file, language));
    }

    /**
     * A dialog file with the support line's placeholders bound; a text that writes the support phone out is a
     * mistake, as it would not follow {@code HELPLINE_SUPPORT_PHONE}.
     */
    private Texts checked(Path file, Texts texts) {
        Set<String> phones = Stream.of(support.phone(), SupportSettings.DEFAULT_PHONE).map(Dialogs::digits)
                .collect(Collectors.toSet());
        List<String> writingOut = texts.keysWritingOut(phones);
        if (!writingOut.isEmpty()) {
            throw new DialogFileException(file.toAbsolutePath() + ": key '" + writingOut.getFirst()
                    + "' writes out the support phone: write {phone} instead (it is set by HELPLINE_SUPPORT_PHONE)");
        }
        return texts.standing(support.placeholders(texts.language(), settings.defaultLanguage()));
    }

    private static String digits(String phone) {
        return phone.replaceAll("\\D", "");
    }

    Path file(String language) {
        return settings.dir().resolve("intake." + language + ".yaml");
    }

    private static void checkKeys(Path file, Texts texts, Collection<String> keys) {
        for (String key : keys) {
            if (!texts.has(key)) {
                throw new DialogFileException(file.toAbsolutePath() + ": missing key '" + key + "'");
            }
        }
    }
}
