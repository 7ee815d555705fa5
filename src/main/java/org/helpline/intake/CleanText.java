package org.helpline.intake;

import java.text.Normalizer;

/**
 * What is stored of a client's text: NFC-normalised, without invisible and bidirectional control characters
 * (zero-width spaces, RLO/LRO overrides…) that would make a name or a contract number lie about itself.
 */
final class CleanText {

    private CleanText() {
    }

    static String of(String raw) {
        if (raw == null) {
            return "";
        }
        String normalised = Normalizer.normalize(raw.replace("\r\n", "\n"), Normalizer.Form.NFC);
        StringBuilder kept = new StringBuilder(normalised.length());
        normalised.codePoints().filter(CleanText::visible).forEach(kept::appendCodePoint);
        return kept.toString().strip();
    }

    /** One line: runs of white space, new lines included, become one space. */
    static String line(String raw) {
        return of(raw).replaceAll("\\s+", " ");
    }

    private static boolean visible(int codePoint) {
        if (codePoint == '\n' || codePoint == '\t') {
            return true;
        }
        int type = Character.getType(codePoint);
        return type != Character.FORMAT && type != Character.CONTROL && type != Character.UNASSIGNED
                && type != Character.PRIVATE_USE && type != Character.SURROGATE;
    }
}
