package org.helpline.intake;

import java.util.Optional;

/** The regulations' rules for a problem description: its length, and in Russian, readable letters. */
final class DescriptionRules {

    private DescriptionRules() {
    }

    static Optional<Phrase> problemWith(String description, String lang, IntakeSettings settings) {
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
