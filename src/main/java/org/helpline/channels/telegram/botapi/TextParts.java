package org.helpline.channels.telegram.botapi;

import java.util.ArrayList;
import java.util.List;

/** Cuts a text into parts Telegram accepts: at line breaks where possible, else between words, else anywhere. */
final class TextParts {

    private TextParts() {
    }

    /** The non-blank parts of {@code text} in order, each at most {@code max} UTF-16 units (Telegram's measure). */
    static List<String> split(String text, int max) {
        List<String> parts = new ArrayList<>();
        String rest = text;
        while (rest.length() > max) {
            int cut = rest.lastIndexOf('\n', max);
            if (cut <= 0) {
                cut = rest.lastIndexOf(' ', max);
            }
            if (cut > 0) {
                add(parts, rest.substring(0, cut));
                rest = rest.substring(cut + 1);
            } else {
                cut = Character.isHighSurrogate(rest.charAt(max - 1)) ? max - 1 : max;
                add(parts, rest.substring(0, cut));
                rest = rest.substring(cut);
            }
        }
        add(parts, rest);
        return parts;
    }

    /** Adds the part without the line breaks around it (Telegram would trim them anyway), unless it is blank. */
    private static void add(List<String> parts, String part) {
        String trimmed = part.replaceFirst("^[\\r\\n]+", "").stripTrailing();
        if (!trimmed.isEmpty()) {
            parts.add(trimmed);
        }
    }
}
