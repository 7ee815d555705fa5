package org.helpline.knowledge;

import java.util.Locale;
import java.util.Optional;

/** The languages articles come in, and how a request's language is chosen. */
final class Languages {

    static final String DEFAULT = "ru";

    private Languages() {
    }

    /** {@code "en"}, {@code "EN"} or {@code "en-GB"} → {@code "en"}; unsupported or blank → empty. */
    static Optional<String> supported(String lang) {
        if (lang == null || lang.isBlank()) {
            return Optional.empty();
        }
        String code = lang.strip().toLowerCase(Locale.ROOT);
        code = code.length() > 2 && (code.charAt(2) == '-' || code.charAt(2) == '_') ? code.substring(0, 2) : code;
        return ArticleParser.LANGUAGES.contains(code) ? Optional.of(code) : Optional.empty();
    }

    /**
     * The language to talk to a person in: the requested one, else the first supported one of their
     * {@code Accept-Language} header, else Russian.
     */
    static String forPeople(String requested, String acceptLanguage) {
        return supported(requested).or(() -> fromHeader(acceptLanguage)).orElse(DEFAULT);
    }

    private static Optional<String> fromHeader(String acceptLanguage) {
        if (acceptLanguage == null || acceptLanguage.isBlank()) {
            return Optional.empty();
        }
        try {
            return Locale.LanguageRange.parse(acceptLanguage).stream()
                    .map(range -> supported(range.getRange())).flatMap(Optional::stream).findFirst();
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
