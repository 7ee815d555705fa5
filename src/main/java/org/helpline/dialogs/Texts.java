package org.helpline.dialogs;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * Everything the bot says in one language, by dotted key ({@code consent.prompt}). Placeholders in braces
 * ({@code {number}}) are filled from the arguments, and the support line's ({@code {phone}}, {@code {hours}})
 * in every text.
 */
public final class Texts {

    private static final Pattern PHONE_NUMBER = Pattern.compile("\\+?\\d[\\d ()\\-]{3,}\\d");

    private final String language;
    private final Map<String, String> byKey;
    private final Map<String, String> standing;

    Texts(String language, Map<String, String> byKey) {
        this(language, byKey, Map.of());
    }

    private Texts(String language, Map<String, String> byKey, Map<String, String> standing) {
        this.language = language;
        this.byKey = Map.copyOf(byKey);
        this.standing = standing;
    }

    /** These texts with {@code placeholders} filled in every text. */
    Texts standing(Map<String, String> placeholders) {
        return new Texts(language, byKey, Map.copyOf(placeholders));
    }

    public String language() {
        return language;
    }

    public String get(String key) {
        return get(key, Map.of());
    }

    /** The text with each {@code {name}} replaced by its argument; unknown placeholders are left as they are. */
    public String get(String key, Map<String, ?> args) {
        String text = byKey.get(key);
        if (text == null) {
            throw new IllegalArgumentException("No dialog text '" + key + "' for language " + language);
        }
        for (var arg : args.entrySet()) {
            text = text.replace("{" + arg.getKey() + "}", String.valueOf(arg.getValue()));
        }
        for (var arg : standing.entrySet()) {
            text = text.replace("{" + arg.getKey() + "}", arg.getValue());
        }
        return text;
    }

    /**
     * Every text under {@code prefix} (e.g. {@code console}), keyed without it, for a page that looks texts up
     * itself; the support line's placeholders are filled, the others are left for the page.
     */
    public Map<String, String> section(String prefix) {
        String start = prefix + ".";
        Map<String, String> found = new TreeMap<>();
        byKey.keySet().stream().filter(key -> key.startsWith(start))
                .forEach(key -> found.put(key.substring(start.length()), get(key)));
        return found;
    }

    /** Each key whose text writes out one of these phone numbers (compared by digits) instead of a placeholder. */
    List<String> keysWritingOut(Set<String> phoneDigits) {
        return byKey.entrySet().stream()
                .filter(entry -> PHONE_NUMBER.matcher(entry.getValue()).results()
                        .anyMatch(found -> phoneDigits.contains(found.group().replaceAll("\\D", ""))))
                .map(Map.Entry::getKey).sorted().toList();
    }

    /** Every text as the file writes it, placeholders unfilled, by key in order. */
    Map<String, String> written() {
        return new TreeMap<>(byKey);
    }

    boolean has(String key) {
        return byKey.containsKey(key);
    }

    Set<String> keys() {
        return byKey.keySet();
    }
}
