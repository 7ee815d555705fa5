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
        return """
                <!doctype html>
                <html lang="%1$s">
                <head>
                <meta charset="utf-8">
                <meta name="viewport" content="width=device-width, initial-scale=1">
                <title>%2$s</title>
                <link rel="icon" href="/favicon.svg" type="image/svg+xml">
                <link rel="stylesheet" href="/console/console.css">
                </head>
                <body class="login">
                <main class="login-box">
                <h1>%3$s</h1>
                %4$s
                <form method="post" action="%5$s">
                <input type="hidden" name="%6$s" value="%7$s">
                <label for="username">%8$s</label>
                <input id="username" name="username" autocomplete="username" autocapitalize="none" spellcheck="false" required autofocus>
                <label for="password">%9$s</label>
                <input id="password" name="password" type="password" autocomplete="current-password" required>
                <button type="submit" id="login-submit">%10$s</button>
                </form>
                <p class="lang"><a href="?lang=%11$s" hreflang="%11$s" lang="%11$s">%12$s</a></p>
                </main>
                </body>
                </html>
                """.formatted(lang, text(lang, "title"), text(lang, "login.heading"), notice, ConsoleSecurity.LOGIN_PAGE,
                HtmlUtils.htmlEscape(csrf.getParameterName()), HtmlUtils.htmlEscape(csrf.getToken()),
                text(lang, "login.login"), text(lang, "login.password"), text(lang, "login.submit"),
                other, text(lang, "other_language"));
    }

    private String text(String lang, String key) {
        return HtmlUtils.htmlEscape(texts.get(lang, key));
    }
}
