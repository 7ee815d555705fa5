package org.helpline.console;

import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import org.helpline.dialogs.Dialogs;
import org.helpline.dialogs.Texts;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;

/**
 * The console's words, from the {@code console:} section of the dialog files, in the language asked for with
 * {@code ?lang=}, else the browser's.
 */
@Component
class ConsoleTexts {

    private static final String SECTION = "console";

    private final Dialogs dialogs;

    ConsoleTexts(Dialogs dialogs) {
        this.dialogs = dialogs;
        dialogs.require(List.of("title", "other_language", "login.heading", "login.login", "login.password",
                "login.submit", "login.failed", "login.locked", "login.logged_out", "login.needs_script").stream()
                .map(key -> SECTION + "." + key).toList());
    }

    String language(HttpServletRequest request) {
        return dialogs.language(request.getParameter("lang"), request.getHeader(HttpHeaders.ACCEPT_LANGUAGE));
    }

    /** The other language offered, for the page's language switch. */
    String otherLanguage(String lang) {
        return dialogs.languages().stream().filter(other -> !other.equals(lang)).findFirst().orElse(lang);
    }

    String get(String lang, String key) {
        return texts(lang).get(SECTION + "." + key);
    }

    String get(String lang, String key, Map<String, ?> args) {
        return texts(lang).get(SECTION + "." + key, args);
    }

    /** Every console text of the language, for the pages' script. */
    Map<String, String> all(String lang) {
        return texts(lang).section(SECTION);
    }

    private Texts texts(String lang) {
        return dialogs.texts(lang);
    }
}
