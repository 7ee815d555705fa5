package org.helpline.intake;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Tells Russian written in Latin letters ("ne rabotaet pochta") from English or error codes, which a Russian
 * session accepts. It counts words that read as transliterated Russian against common English words.
 */
final class Transliteration {

    private static final Set<String> RUSSIAN_WORDS = Set.of(
            "ne", "net", "ya", "my", "vy", "on", "ona", "oni", "eto", "chto", "kak", "ili", "i", "v", "na", "s", "u",
            "k", "po", "dlya", "pri", "iz", "ot", "do", "ochen", "uzhe", "eshche", "esche", "segodnya", "vchera",
            "pomogite", "pozhaluysta", "pozhalujsta", "pojaluista", "zdravstvuyte", "zdravstvujte", "privet", "dobryy",
            "dobryi", "den", "utro", "mozhno", "nuzhno", "nado", "kogda", "gde", "pochemu", "tolko", "vse", "vsyo",
            "seychas", "sejchas", "sayt", "parol", "vkhod", "oshibka", "oshibku", "pochta", "pochtu", "kompyuter",
            "kompjuter", "komputer", "kompiuter", "problema", "zavis", "slomalsya", "slomalas", "bukhgalteriya",
            "buhgalteriya", "nichego", "nikak", "sovsem", "opyat", "snova", "menya", "nas", "nam", "mne", "tak");

    private static final Set<String> ENGLISH_WORDS = Set.of(
            "the", "is", "are", "was", "were", "and", "to", "of", "it", "not", "with", "a", "an", "can't", "cannot",
            "doesn't", "does", "don't", "do", "when", "please", "this", "that", "for", "from", "have", "has", "be",
            "after", "error", "working", "work", "works", "my", "our", "we", "you", "can", "cant", "doesnt", "dont",
            "again", "since", "open", "opens", "start", "starts", "help", "hello", "hi", "printer", "print");

    /** Russian endings and letter pairs that English words rarely have. */
    private static final Pattern RUSSIAN_SHAPE = Pattern.compile(
            ".{2,}(aet|ayet|yaet|iet|ayut|yut|itsya|etsya|atsya|ogo|ego|nyy|nyi|yy|aya|yaya|oye|ykh|ikh|ovat|ivat|"
                    + "ennyy|tsya)|.*(shch|zh|kh|ya|yu|yo).*");

    private Transliteration() {
    }

    static boolean looksTransliterated(String text) {
        int cyrillic = 0;
        int latin = 0;
        for (int codePoint : text.codePoints().toArray()) {
            Character.UnicodeScript script = Character.UnicodeScript.of(codePoint);
            if (script == Character.UnicodeScript.CYRILLIC) {
                cyrillic++;
            } else if (script == Character.UnicodeScript.LATIN) {
                latin++;
            }
        }
        if (latin < 10 || cyrillic * 10 > latin) {
            return false;
        }
        int russian = 0;
        int english = 0;
        for (String word : text.toLowerCase(Locale.ROOT).split("[^a-z']+")) {
            if (ENGLISH_WORDS.contains(word)) {
                english++;
            } else if (RUSSIAN_WORDS.contains(word) || (word.length() > 3 && RUSSIAN_SHAPE.matcher(word).matches())) {
                russian++;
            }
        }
        return russian >= 2 && russian > english;
    }
}
