package org.helpline.intake;

import java.util.Optional;
import java.util.regex.Pattern;

/** The regulations' rules for a problem description: words, its length, and in Russian, readable letters. */
final class DescriptionRules {

    /** A word: two letters or more in a row. Emoji, punctuation and digits alone tell an engineer nothing. */
    private static final Pattern WORD = Pattern.compile("\\p{L}{2,}");

    private DescriptionRules() {
    }

    static Optional<Phrase> problemWith(String description, String lang, IntakeSettings settings) {
        if (!WORD.matcher(description).find()) {
            return Optional.of(Phrase.DESCRIPTION_NO_WORDS);
        }
        int length = description.codePointCount(0, description.length());
        if (length < settings.minDescription()) {
            return Optional.of(Phrase.DESCRIPTION_TOO_SHORT);
        }
        if (length > settings.maxDescription()) {
            return Optional.of(Phrase.DESCRIPTION_TOO_LONG);
        }
        if ("ru".equals(lang) && allCapitals(description)) {
            return Optional.of(Phrase.DESCRIPTION_ALL_CAPS);
        }
        if ("ru".equals(lang) && Transliteration.looksTransliterated(description)) {
            return Optional.of(Phrase.DESCRIPTION_TRANSLITERATION);
        }
        return Optional.empty();
    }

    private static boolean allCapitals(String text) {
        long letters = text.codePoints().filter(Character::isLetter).count();
        return letters >= 5 && text.codePoints().noneMatch(Character::isLowerCase);
    }
}
