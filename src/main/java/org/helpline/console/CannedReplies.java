package org.helpline.console;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.helpline.dialogs.DialogSettings;
import org.helpline.knowledge.KnowledgeBase;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.YAMLException;

/**
 * The replies editors prepare for engineers, in {@code canned-replies/replies.yaml} beside the dialog texts (a
 * folder of its own, so it is never taken for a language's dialog file): per reply and language a {@code title}
 * (what the engineer picks) and a {@code text}, whose fields {@code {client}}, {@code {number}}, {@code {engineer}}
 * are filled from the ticket and {@code {article:id}} becomes the article's link. Read again when the file changes; a broken file is logged with the reason and the last good replies stay.
 */
@Component
class CannedReplies {

    /** One reply as an engineer inserts it. */
    record Canned(String id, String title, String text) {
    }

    /** What the fields of a reply are filled with. */
    record Fields(String client, String number, String engineer) {
    }

    private record Entry(String id, Map<String, String> titles, Map<String, String> texts) {
    }

    private static final Logger log = LoggerFactory.getLogger(CannedReplies.class);
    private static final Pattern FIELD = Pattern.compile("\\{(client|number|engineer|article:([a-z0-9-]+))}");

    private final Path file;
    private final KnowledgeBase knowledge;
    private FileTime readAt;
    private List<Entry> entries = List.of();

    CannedReplies(DialogSettings dialogs, KnowledgeBase knowledge) {
        this.file = dialogs.dir().resolve("canned-replies").resolve("replies.yaml");
        this.knowledge = knowledge;
    }

    /** Every reply, titled in {@code lang} and written in {@code clientLang} (else in the other one it has). */
    List<Canned> all(String lang, String clientLang, Fields fields) {
        return current().stream().map(entry -> new Canned(entry.id(), pick(entry.titles(), lang),
                fill(pick(entry.texts(), clientLang), clientLang, fields))).toList();
    }

    private String fill(String text, String lang, Fields fields) {
        Matcher field = FIELD.matcher(text);
        StringBuilder filled = new StringBuilder();
        while (field.find()) {
            String value = switch (field.group(1)) {
                case "client" -> Optional.ofNullable(fields.client()).orElse("");
                case "number" -> fields.number();
                case "engineer" -> fields.engineer();
                default -> knowledge.articleUrl(field.group(2), lang);
            };
            field.appendReplacement(filled, Matcher.quoteReplacement(value));
        }
        return field.appendTail(filled).toString();
    }

    private static String pick(Map<String, String> byLanguage, String lang) {
        return byLanguage.getOrDefault(lang, byLanguage.values().iterator().next());
    }

    private synchronized List<Entry> current() {
        try {
            FileTime modified = Files.exists(file) ? Files.getLastModifiedTime(file) : null;
            if (modified == null) {
                entries = List.of();
            } else if (!modified.equals(readAt)) {
                entries = read();
                log.info("Canned replies read from {}: {}", file, entries.size());
            }
            readAt = modified;
        } catch (IOException | YAMLException | IllegalArgumentException e) {
            log.error("Canned replies in {} not used, the last good ones stay: {}", file, e.getMessage());
        }
        return entries;
    }

    private List<Entry> read() throws IOException {
        Object root;
        try (InputStream in = Files.newInputStream(file)) {
            root = new Yaml(new SafeConstructor(new LoaderOptions())).load(in);
        }
        if (root == null) {
            return List.of();
        }
        if (!(root instanceof Map<?, ?> replies)) {
            throw new IllegalArgumentException("expected a reply id at the top level, then its languages");
        }
        List<Entry> read = new ArrayList<>();
        for (var reply : replies.entrySet()) {
            if (!(reply.getValue() instanceof Map<?, ?> languages) || languages.isEmpty()) {
                throw new IllegalArgumentException("reply '" + reply.getKey() + "' needs its languages (ru:, en:)");
            }
            Map<String, String> titles = new LinkedHashMap<>();
            Map<String, String> texts = new LinkedHashMap<>();
            for (var language : languages.entrySet()) {
                if (!(language.getValue() instanceof Map<?, ?> words)
                        || !(words.get("title") instanceof String title) || !(words.get("text") instanceof String text)) {
                    throw new IllegalArgumentException("reply '" + reply.getKey() + "', language '" + language.getKey()
                            + "' needs a title and a text");
                }
                titles.put(String.valueOf(language.getKey()), title.strip());
                texts.put(String.valueOf(language.getKey()), text.strip());
            }
            read.add(new Entry(String.valueOf(reply.getKey()), titles, texts));
        }
        return List.copyOf(read);
    }
}
