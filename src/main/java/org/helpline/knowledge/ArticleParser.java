package org.helpline.knowledge;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;

/**
 * Reads {@code <lang>/<id>.md}: YAML front matter ({@code id}, {@code title}, {@code tags}, {@code questions},
 * {@code related}) between {@code ---} lines, then a Markdown body. Anything an editor can get wrong is reported
 * as a {@link BrokenArticleException} naming the problem.
 */
final class ArticleParser {

    static final Set<String> LANGUAGES = Set.of("ru", "en");
    private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9-]*");
    private static final Pattern FRONT_MATTER = Pattern.compile("\\A\\uFEFF?---\\R(.*?)\\R---\\R?(.*)\\z", Pattern.DOTALL);

    private ArticleParser() {
    }

    /** Whether {@code id} may name an article file: lower-case letters, digits and dashes. */
    static boolean validId(String id) {
        return id != null && ID.matcher(id).matches();
    }

    static Article parse(String lang, String fileName, String content) throws BrokenArticleException {
        if (!LANGUAGES.contains(lang)) {
            throw new BrokenArticleException("unsupported_language",
                    Map.of("lang", lang, "expected", String.join(", ", LANGUAGES.stream().sorted().toList())),
                    "unsupported language folder '" + lang + "' (expected one of " + LANGUAGES + ")");
        }
        if (!fileName.endsWith(".md")) {
            throw new BrokenArticleException("not_markdown", Map.of(), "not a Markdown file (expected <id>.md)");
        }
        String fileId = fileName.substring(0, fileName.length() - 3);
        var matcher = FRONT_MATTER.matcher(content);
        if (!matcher.matches()) {
            throw new BrokenArticleException("no_front_matter", Map.of(),
                    "no front matter: the file must start with a '---' line and a closing '---' line");
        }
        Map<?, ?> meta = yaml(matcher.group(1));
        String id = string(meta, "id");
        if (!fileId.equals(id)) {
            throw new BrokenArticleException("id_differs", Map.of("id", String.valueOf(id), "file", fileId),
                    "id '" + id + "' differs from the file name '" + fileId + "'");
        }
        if (!ID.matcher(id).matches()) {
            throw new BrokenArticleException("id_invalid", Map.of("id", id),
                    "id '" + id + "' must be lower-case letters, digits and dashes");
        }
        String title = string(meta, "title");
        if (title == null || title.isBlank()) {
            throw new BrokenArticleException("missing_title", Map.of(), "missing title");
        }
        String body = matcher.group(2).strip();
        if (body.isEmpty()) {
            throw new BrokenArticleException("empty_body", Map.of(), "empty body");
        }
        Markdown markdown = new Markdown(body);
        return new Article(id, lang, title.strip(), strings(meta, "tags"), strings(meta, "questions"),
                strings(meta, "related"), body, markdown.firstParagraph(), markdown.text(), markdown.html());
    }

    private static Map<?, ?> yaml(String frontMatter) throws BrokenArticleException {
        Object loaded;
        try {
            loaded = new Yaml(new SafeConstructor(new LoaderOptions())).load(frontMatter);
        } catch (YAMLException e) {
            String message = "bad YAML in front matter: " + e.getMessage().lines().findFirst().orElse("");
            if (e instanceof MarkedYAMLException marked && marked.getProblemMark() != null) {
                // The front matter starts on the file's second line, after the opening ---.
                throw new BrokenArticleException("bad_yaml_at",
                        Map.of("line", String.valueOf(marked.getProblemMark().getLine() + 2)), message, e);
            }
            throw new BrokenArticleException("bad_yaml", Map.of(), message, e);
        }
        if (!(loaded instanceof Map<?, ?> map)) {
            throw new BrokenArticleException("not_mapping", Map.of(),
                    "front matter must be a YAML mapping (key: value lines)");
        }
        return map;
    }

    private static String string(Map<?, ?> meta, String key) throws BrokenArticleException {
        Object value = meta.get(key);
        if (value == null) {
            if ("id".equals(key)) {
                throw new BrokenArticleException("missing_id", Map.of(), "missing id");
            }
            return null;
        }
        if (value instanceof Map<?, ?> || value instanceof List<?>) {
            throw new BrokenArticleException("single_value", Map.of("key", key), "'" + key + "' must be a single value");
        }
        return value.toString();
    }

    private static List<String> strings(Map<?, ?> meta, String key) throws BrokenArticleException {
        Object value = meta.get(key);
        if (value == null) {
            return List.of();
        }
        if (!(value instanceof List<?> list)) {
            throw new BrokenArticleException("list_expected", Map.of("key", key),
                    "'" + key + "' must be a list (lines starting with '- ')");
        }
        List<String> result = new ArrayList<>();
        for (Object item : list) {
            if (item == null || item instanceof Map<?, ?> || item instanceof List<?>) {
                throw new BrokenArticleException("plain_items", Map.of("key", key),
                        "'" + key + "' must hold plain text items");
            }
            result.add(item.toString().strip());
        }
        return List.copyOf(result);
    }
}
