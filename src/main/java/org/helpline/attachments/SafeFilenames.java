package org.helpline.attachments;

import java.text.Normalizer;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Turns a client's declared file name into one that is safe to show and to save under: no directories,
 * no control, bidi or other invisible characters (so {@code "invoice\u202Egpj.exe"} cannot pose as a
 * picture), no characters Windows forbids, at most {@value #MAX_LENGTH} characters.
 */
final class SafeFilenames {

    static final int MAX_LENGTH = 100;
    static final String FALLBACK_BASE = "attachment";

    /** Letters that render as nothing (Hangul fillers, combining grapheme joiner) but are not format characters. */
    private static final Set<Integer> INVISIBLE_LETTERS = Set.of(0x034F, 0x115F, 0x1160, 0x3164, 0xFFA0);
    private static final Pattern WINDOWS_FORBIDDEN = Pattern.compile("[<>:\"|?*]");
    private static final Pattern WHITESPACE_RUNS = Pattern.compile(" {2,}");
    private static final Pattern EDGE_DOTS_AND_SPACES = Pattern.compile("^[. ]+|[. ]+$");
    private static final Pattern EXTENSION = Pattern.compile("\\.([A-Za-z0-9]{1,10})$");
    private static final Pattern WINDOWS_DEVICE = Pattern.compile("(?i)(con|prn|aux|nul|com[0-9]|lpt[0-9])");

    private SafeFilenames() {
    }

    /** The declared name's base with {@code extension} (the detected type's) in place of whatever it had. */
    static String withExtension(String declaredName, String extension) {
        String cleaned = clean(declaredName);
        var matcher = EXTENSION.matcher(cleaned);
        String base = matcher.find() ? cleaned.substring(0, matcher.start()) : cleaned;
        return fit(base, "." + extension);
    }

    /** The declared name cleaned, keeping its own extension: for naming a refused file in a message. */
    static String keepingExtension(String declaredName) {
        String cleaned = clean(declaredName);
        var matcher = EXTENSION.matcher(cleaned);
        if (matcher.find()) {
            return fit(cleaned.substring(0, matcher.start()), matcher.group());
        }
        return fit(cleaned, "");
    }

    private static String fit(String base, String suffix) {
        base = truncate(base, MAX_LENGTH - suffix.length());
        base = trimEdges(base);
        if (base.isEmpty()) {
            base = FALLBACK_BASE;
        }
        if (WINDOWS_DEVICE.matcher(base).matches()) {
            base = "_" + base;
        }
        return base + suffix;
    }

    private static String clean(String declaredName) {
        if (declaredName == null) {
            return "";
        }
        String name = Normalizer.normalize(declaredName, Normalizer.Form.NFC);
        StringBuilder visible = new StringBuilder(name.length());
        name.codePoints().forEach(c -> {
            if (Character.isSpaceChar(c)) {
                visible.append(' ');
            } else if (isVisible(c)) {
                visible.appendCodePoint(c);
            }
        });
        name = visible.toString();
        name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
        name = WINDOWS_FORBIDDEN.matcher(name).replaceAll("_");
        return WHITESPACE_RUNS.matcher(name).replaceAll(" ").strip();
    }

    private static boolean isVisible(int c) {
        return switch (Character.getType(c)) {
            case Character.CONTROL, Character.FORMAT, Character.PRIVATE_USE, Character.SURROGATE,
                 Character.UNASSIGNED, Character.LINE_SEPARATOR, Character.PARAGRAPH_SEPARATOR -> false;
            default -> !INVISIBLE_LETTERS.contains(c);
        };
    }

    /**
     * Leading dots hide files on Unix (and a name like {@code .bashrc} is all extension, no base); trailing
     * dots and spaces vanish on Windows.
     */
    private static String trimEdges(String name) {
        return EDGE_DOTS_AND_SPACES.matcher(name).replaceAll("");
    }

    /** At most {@code max} code points, never splitting a surrogate pair. */
    private static String truncate(String text, int max) {
        if (text.codePointCount(0, text.length()) <= max) {
            return text;
        }
        return text.substring(0, text.offsetByCodePoints(0, max));
    }
}
