package org.helpline.intake;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/** Reads who the client is from what they typed: full name, contract number, and a phone or an e-mail. */
final class Identity {

    private static final Pattern NAME_PART = Pattern.compile("\\p{L}[\\p{L}'’.\\-]*");
    /** An initial or two: "А." or "А.С.". */
    private static final Pattern INITIALS = Pattern.compile("(\\p{Lu}\\.){1,2}");
    private static final Pattern VOWEL = Pattern.compile("(?iu).*[аеёиоуыэюяaeiouy].*");
    /** Words clients type at the name question that are never part of a name («не работает», "not working"). */
    private static final Set<String> NOT_NAMES = Set.of(
            "не", "нет", "да", "и", "или", "в", "на", "с", "у", "к", "по", "за", "что", "как", "это", "все", "всё",
            "очень", "уже", "опять", "снова", "работает", "работают", "сломался", "сломалось", "сломалась",
            "принтер", "компьютер", "интернет", "почта", "ошибка", "помогите", "пожалуйста", "здравствуйте",
            "привет", "спасибо", "знаю", "помню", "скажу", "хочу", "надо", "нужно", "срочно", "тест",
            "not", "no", "yes", "the", "is", "it", "my", "does", "doesn't", "working", "work", "broken", "help",
            "please", "hello", "hi", "thanks", "printer", "computer", "error", "test", "know", "don't");
    /** Words before the number that are not part of it: «договор № Д-20417», "contract no. 7781". */
    private static final Pattern CONTRACT_PREFIX = Pattern.compile(
            "(?iu)^(?:(?:договор[а-я]*|contract|agreement)\\s*)?(?:№|no\\.|#)?\\s*");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.\\p{L}{2,}");
    private static final Pattern PHONE_CHARACTERS = Pattern.compile("\\+?[\\d\\s()\\-.]+");

    /** A phone (normalised to +digits) or an e-mail, whichever the client gave. */
    record Contact(String phone, String email) {
    }

    private Identity() {
    }

    /**
     * Two to four words that read as a name: a surname, a name, perhaps a patronymic or initials. Each word has
     * two letters or more and a vowel (or is an initial), and none is a word that is never a name.
     */
    static Optional<String> fullName(String raw) {
        String name = CleanText.line(raw);
        String[] parts = name.split(" ");
        if (name.length() > 100 || parts.length < 2 || parts.length > 4 || !namePart(parts[0])) {
            return Optional.empty();
        }
        for (String part : parts) {
            if (!namePart(part) && !INITIALS.matcher(part).matches()) {
                return Optional.empty();
            }
        }
        return Optional.of(name);
    }

    private static boolean namePart(String part) {
        return NAME_PART.matcher(part).matches() && part.codePoints().filter(Character::isLetter).count() >= 2
                && VOWEL.matcher(part).matches() && !NOT_NAMES.contains(part.toLowerCase(Locale.ROOT));
    }

    static String surname(String fullName) {
        return fullName.split(" ")[0];
    }

    /**
     * The contract number in what the client typed, in the register's shape: upper case, «договор №» dropped,
     * spaces around "-" and "/" removed and a space between its parts read as "-" («д 20417» is Д-20417).
     */
    static Optional<String> contract(String raw, Pattern pattern) {
        String contract = CONTRACT_PREFIX.matcher(CleanText.line(raw)).replaceFirst("")
                .replaceAll("\\s*([-/])\\s*", "$1").replace(' ', '-').toUpperCase(Locale.ROOT);
        return contract.length() <= 40 && pattern.matcher(contract).matches() ? Optional.of(contract) : Optional.empty();
    }

    static Optional<Contact> contact(String raw) {
        String contact = CleanText.line(raw);
        if (EMAIL.matcher(contact).matches()) {
            return Optional.of(new Contact(null, contact));
        }
        if (!PHONE_CHARACTERS.matcher(contact).matches()) {
            return Optional.empty();
        }
        String digits = contact.replaceAll("\\D", "");
        if (digits.length() < 10 || digits.length() > 15) {
            return Optional.empty();
        }
        if (digits.length() == 11 && digits.startsWith("8")) {
            digits = "7" + digits.substring(1);
        } else if (digits.length() == 10 && !contact.startsWith("+")) {
            digits = "7" + digits;
        }
        return Optional.of(new Contact("+" + digits, null));
    }
}
