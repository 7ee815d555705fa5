package org.helpline.intake;

import java.util.Optional;
import java.util.regex.Pattern;

/** Reads who the client is from what they typed: full name, contract number, and a phone or an e-mail. */
final class Identity {

    private static final Pattern NAME_PART = Pattern.compile("\\p{L}[\\p{L}'’.\\-]*");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.\\p{L}{2,}");
    private static final Pattern PHONE_CHARACTERS = Pattern.compile("\\+?[\\d\\s()\\-.]+");

    /** A phone (normalised to +digits) or an e-mail, whichever the client gave. */
    record Contact(String phone, String email) {
    }

    private Identity() {
    }

    /** Two to four words of letters (a surname, a name, perhaps a patronymic or initials). */
    static Optional<String> fullName(String raw) {
        String name = CleanText.line(raw);
        String[] parts = name.split(" ");
        if (name.length() > 100 || parts.length < 2 || parts.length > 4) {
            return Optional.empty();
        }
        for (String part : parts) {
            if (!NAME_PART.matcher(part).matches()) {
                return Optional.empty();
            }
        }
        return Optional.of(name);
    }

    static String surname(String fullName) {
        return fullName.split(" ")[0];
    }

    static Optional<String> contract(String raw, Pattern pattern) {
        String contract = CleanText.line(raw).replaceFirst("^№\\s*", "");
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
