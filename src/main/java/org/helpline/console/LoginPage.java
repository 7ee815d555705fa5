package org.helpline.console;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.MediaType;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.HtmlUtils;

/**
 * {@code /console/login}: the login form (a plain form, so it works before any script runs), with the CSRF
 * token Spring Security checks and a clear message after a refused login.
 */
@RestController
class LoginPage {

    private final ConsoleTexts texts;

    LoginPage(ConsoleTexts texts) {
        this.texts = texts;
    }

    @GetMapping(value = ConsoleSecurity.LOGIN_PAGE, produces = MediaType.TEXT_HTML_VALUE)
    String show(HttpServletRequest request, CsrfToken csrf) {
        String lang = texts.language(request);
        String other = texts.otherLanguage(lang);
        String notice = "";
        if (request.getParameter("error") != null) {
            notice = "<p id=\"login-error\" class=\"notice error\" role=\"alert\">" + text(lang, "login.failed") + "</p>";
        } else if (request.getParameter("locked") != null) {
            notice = "<p id=\"login-error\" class=\"notice error\" role=\"alert\">" + text(lang, "login.locked") + "</p>";
        } else if (request.getParameter("logout") != null) {
            notice = "<p class=\"notice\" role=\"status\">" + text(lang, "login.logged_out") + "</p>";
        }
        return BoxPage.html(lang, text(lang, "title"), """
                <h1>%1$s</h1>
                %2$s
                <form method="post" action="%3$s">
                <input type="hidden" name="%4$s" value="%5$s">
                <label for="username">%6$s</label>
                <input id="username" name="username" autocomplete="username" autocapitalize="none" spellcheck="false" required autofocus>
                <label for="password">%7$s</label>
                <input id="password" name="password" type="password" autocomplete="current-password" required>
                <button type="submit" id="login-submit">%8$s</button>
                </form>
                <p class="lang"><a href="?lang=%9$s" hreflang="%9$s" lang="%9$s">%10$s</a></p>"""
                .formatted(text(lang, "login.heading"), notice, ConsoleSecurity.LOGIN_PAGE,
                        HtmlUtils.htmlEscape(csrf.getParameterName()), HtmlUtils.htmlEscape(csrf.getToken()),
                        text(lang, "login.login"), text(lang, "login.password"), text(lang, "login.submit"),
                        other, text(lang, "other_language")));
    }

    private String text(String lang, String key) {
        return HtmlUtils.htmlEscape(texts.get(lang, key));
    }
}
