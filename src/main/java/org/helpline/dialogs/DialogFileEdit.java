package org.helpline.dialogs;

import java.io.StringReader;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import org.yaml.snakeyaml.DumperOptions.ScalarStyle;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;

/**
 * One text changed in a dialog file's own words: only the characters of that value are rewritten, so every other
 * key, comment and blank line stays exactly as the editor wrote it (a YAML library's dump would drop the comments).
 * A text written as a {@code |} block stays a block; any other stays a plain line when it reads back as written,
 * else becomes one double-quoted line. The result is read back, and used only if it holds the same texts with just
 * this one changed.
 */
final class DialogFileEdit {

    private DialogFileEdit() {
    }

    static String replace(Path file, String content, String key, String text) {
        Map<String, String> expected = new TreeMap<>(DialogFiles.parse(file, content, "").written());
        ScalarNode value = find(content, key).orElseThrow(() -> new DialogFileException(file + ": no key '" + key + "'"));
        expected.put(key, text.strip());
        int start = content.offsetByCodePoints(0, value.getStartMark().getIndex());
        int end = content.offsetByCodePoints(0, value.getEndMark().getIndex());
        boolean block = value.getScalarStyle() == ScalarStyle.LITERAL || value.getScalarStyle() == ScalarStyle.FOLDED;
        if (block) {
            // A block's end lies past its line breaks, even in the next line's indentation: cut after its last text line.
            end = endOfLastTextLine(content, start, end);
            String asBlock = content.substring(0, start) + literal(text.strip(), indentation(content, start, end))
                    + content.substring(end);
            if (holds(file, asBlock, expected)) {
                return asBlock;
            }
        }
        String lineEnd = block ? "\n" : "";
        String asPlain = content.substring(0, start) + text.strip() + lineEnd + content.substring(end);
        if (!block && !text.strip().contains("\n") && holds(file, asPlain, expected)) {
            return asPlain;
        }
        String asLine = content.substring(0, start) + quoted(text.strip()) + lineEnd + content.substring(end);
        if (holds(file, asLine, expected)) {
            return asLine;
        }
        throw new DialogFileException(file + ": key '" + key + "' cannot be written without changing other texts");
    }

    private static Optional<ScalarNode> find(String content, String key) {
        Node node = new Yaml(new SafeConstructor(new LoaderOptions())).compose(new StringReader(content));
        for (String part : key.split("\\.")) {
            if (!(node instanceof MappingNode mapping)) {
                return Optional.empty();
            }
            node = mapping.getValue().stream()
                    .filter(tuple -> tuple.getKeyNode() instanceof ScalarNode name && name.getValue().equals(part))
                    .map(NodeTuple::getValueNode).findFirst().orElse(null);
        }
        return node instanceof ScalarNode scalar ? Optional.of(scalar) : Optional.empty();
    }

    private static boolean holds(Path file, String edited, Map<String, String> expected) {
        try {
            return DialogFiles.parse(file, edited, "").written().equals(expected);
        } catch (DialogFileException | YAMLException e) {
            return false;
        }
    }

    private static int endOfLastTextLine(String content, int start, int end) {
        int last = end - 1;
        while (last > start && Character.isWhitespace(content.charAt(last))) {
            last--;
        }
        int lineEnd = content.indexOf('\n', last);
        return lineEnd < 0 ? content.length() : lineEnd + 1;
    }

    /** The block's own indentation (its first text line's), else two more than its key's line. */
    private static String indentation(String content, int start, int end) {
        int lineStart = content.indexOf('\n', start) + 1;
        while (lineStart > 0 && lineStart < end) {
            int lineEnd = content.indexOf('\n', lineStart);
            String line = content.substring(lineStart, lineEnd < 0 ? end : Math.min(lineEnd, end));
            if (!line.isBlank()) {
                return line.substring(0, line.length() - line.stripLeading().length());
            }
            lineStart = lineEnd + 1;
        }
        int keyLine = content.lastIndexOf('\n', start) + 1;
        String line = content.substring(keyLine, start);
        return line.substring(0, line.length() - line.stripLeading().length()) + "  ";
    }

    private static String literal(String text, String indent) {
        StringBuilder block = new StringBuilder("|\n");
        text.lines().forEach(line -> block.append(line.isEmpty() ? "" : indent + line).append('\n'));
        return block.toString();
    }

    private static String quoted(String text) {
        StringBuilder line = new StringBuilder("\"");
        text.codePoints().forEach(c -> {
            switch (c) {
                case '"' -> line.append("\\\"");
                case '\\' -> line.append("\\\\");
                case '\n' -> line.append("\\n");
                case '\t' -> line.append("\\t");
                case '\r' -> line.append("\\r");
                default -> {
                    if (Character.isISOControl(c)) {
                        line.append(String.format("\\u%04x", c));
                    } else {
                        line.appendCodePoint(c);
                    }
                }
            }
        });
        return line.append('"').toString();
    }
}
