package org.helpline.dialogs;

import java.util.Map;

/**
 * Everything the bot says in one language, by dotted key ({@code consent.prompt}). Placeholders in braces
 * ({@code {number}}) are filled from the arguments.
 */
public final class Texts {

    private final String language;
    private final Map<String, String> byKey;

    Texts(String language, Map<String, String> byKey) {
        this.language = language;
        this.byKey = Map.copyOf(byKey);
    }

    public String language() {
        return language;
    }

    public String get(String key) {
        String text = byKey.get(key);
        if (text == null) {
            throw new IllegalArgumentException("No dialog text '" + key + "' for language " + language);
        }
        return text;
    }

    /** The text with each {@code {name}} replaced by its argument; unknown placeholders are left as they are. */
    public String get(String key, Map<String, ?> args) {
        String text = get(key);
        for (var arg : args.entrySet()) {
            text = text.replace("{" + arg.getKey() + "}", String.valueOf(arg.getValue()));
        }
        return text;
    }

    boolean has(String key) {
        return byKey.containsKey(key);
    }

    java.util.Set<String> keys() {
        return byKey.keySet();
    }
}
