package org.helpline.dialogs;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.stereotype.Service;

/**
 * The dialog texts as editors change them from the console, one key at a time. A change keeps the text's
 * placeholders ({@code {number}}: the bot fills them, so one removed or made up would be said wrongly), passes every
 * check a reload makes, is written into the file in place ({@link DialogFileEdit}) and is spoken at once.
 */
@Service
public class DialogEditor {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\w+)}");

    private final Dialogs dialogs;

    DialogEditor(Dialogs dialogs) {
        this.dialogs = dialogs;
    }

    /** Every text of the language as its file writes it, by key; none for a language not offered. */
    public Map<String, String> texts(String language) {
        return dialogs.supports(language) ? dialogs.texts(language).written() : Map.of();
    }

    public Optional<String> text(String language, String key) {
        return Optional.ofNullable(texts(language).get(key));
    }

    /** Changes one text; answers the text it replaced. */
    public synchronized String change(String language, String key, String text) {
        String before = text(language, key).orElseThrow(() -> new DialogEditRefused("unknown_key", Map.of("key", key)));
        String after = text == null ? "" : text.strip();
        if (after.isEmpty()) {
            throw new DialogEditRefused("empty", Map.of("key", key));
        }
        TreeSet<String> expected = placeholders(before);
        TreeSet<String> found = placeholders(after);
        if (!expected.equals(found)) {
            throw new DialogEditRefused("placeholders", Map.of("key", key, "expected", braced(expected), "found", braced(found)));
        }
        if (after.equals(before)) {
            return before;
        }
        Path file = dialogs.file(language);
        try {
            dialogs.replace(language, DialogFileEdit.replace(file, Files.readString(file), key, after));
        } catch (DialogFileException e) {
            throw new DialogEditRefused("invalid", Map.of("key", key, "detail", e.getMessage()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return before;
    }

    private static TreeSet<String> placeholders(String text) {
        TreeSet<String> names = new TreeSet<>();
        Matcher matcher = PLACEHOLDER.matcher(text);
        while (matcher.find()) {
            names.add(matcher.group(1));
        }
        return names;
    }

    private static String braced(TreeSet<String> names) {
        return names.isEmpty() ? "—" : String.join(" ", names.stream().map(name -> "{" + name + "}").toList());
    }
}
