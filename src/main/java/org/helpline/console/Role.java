package org.helpline.console;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** What an account may do in the console; slice by slice each role gets its pages. */
enum Role {
    ENGINEER, LEAD, EDITOR, ADMIN;

    /** The role named {@code engineer}, {@code lead}, {@code editor} or {@code admin}, in any case. */
    static Optional<Role> parse(String name) {
        return Arrays.stream(values()).filter(role -> role.name().equalsIgnoreCase(name.strip())).findFirst();
    }

    String lowerCase() {
        return name().toLowerCase(Locale.ROOT);
    }
}
