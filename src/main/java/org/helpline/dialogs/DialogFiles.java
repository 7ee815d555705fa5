package org.helpline.dialogs;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;

/** Reads one {@code intake.<lang>.yaml}: nested maps of strings, flattened to dotted keys. */
final class DialogFiles {

    private DialogFiles() {
    }

    static Texts read(Path file, String language) {
        try {
            return parse(file, Files.readString(file), language);
        } catch (IOException e) {
            throw new DialogFileException(file + ": cannot be read (" + e.getMessage() + ")");
        }
    }

    /** Reads {@code content} as the text of {@code file} would be read; {@code file} only names it in messages. */
    static Texts parse(Path file, String content, String language) {
        try {
            Object root = new Yaml(new SafeConstructor(new LoaderOptions())).load(content);
            if (!(root instanceof Map<?, ?> map)) {
                throw new DialogFileException(file + ": expected a map of texts at the top level");
            }
            Map<String, String> flat = new LinkedHashMap<>();
            flatten(file, "", map, flat);
            return new Texts(language, flat);
        } catch (MarkedYAMLException e) {
            throw new DialogFileException(file + ": is not valid YAML at line " + (e.getProblemMark().getLine() + 1)
                    + ": " + e.getProblem() + " (a text containing \": \" must be in quotes)");
        } catch (YAMLException e) {
            throw new DialogFileException(file + ": is not valid YAML: " + e.getMessage());
        }
    }

    private static void flatten(Path file, String prefix, Map<?, ?> map, Map<String, String> into) {
        for (var entry : map.entrySet()) {
            String key = prefix + entry.getKey();
            switch (entry.getValue()) {
                case Map<?, ?> nested -> flatten(file, key + ".", nested, into);
                case String text -> into.put(key, text.strip());
                case Number number -> into.put(key, number.toString());
                case Boolean flag -> into.put(key, flag.toString());
                case null -> throw new DialogFileException(file + ": key '" + key + "' has no text");
                default -> throw new DialogFileException(file + ": key '" + key + "' must be text, not a list");
            }
        }
    }
}
