package org.helpline.console;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.helpline.api.ApiError;
import org.springframework.http.MediaType;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.csrf.CsrfException;
import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;

import tools.jackson.databind.json.JsonMapper;

/**
 * A logged-in person refused a console address (their role's pages are elsewhere) or a call without its CSRF token:
 * a 403 in their language, as a page for the browser and as the API's error shape for the pages' own calls.
 */
@Component
class DeniedPage implements AccessDeniedHandler {

    private final ConsoleTexts texts;
    private final JsonMapper json;

    DeniedPage(ConsoleTexts texts, JsonMapper json) {
        this.texts = texts;
        this.json = json;
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException denied) throws IOException {
        String lang = texts.language(request);
        String message = texts.get(lang, denied instanceof CsrfException ? "denied.stale_page" : "denied.text");
        response.setStatus(HttpServletResponse.SC_FORBIDDEN);
        response.setCharacterEncoding("UTF-8");
        if (request.getRequestURI().startsWith("/console/api/")) {
            response.setContentType(MediaType.APPLICATION_JSON_VALUE);
            response.getWriter().write(json.writeValueAsString(new ApiError("forbidden", message)));
            return;
        }
        response.setContentType(MediaType.TEXT_HTML_VALUE);
        String heading = escape(texts.get(lang, "denied.heading"));
        response.getWriter().write(BoxPage.html(lang, heading, """
                <h1 id="denied">%1$s</h1>
                <p role="alert">%2$s</p>
                <p><a href="/console/login?lang=%3$s">%4$s</a></p>"""
                .formatted(heading, escape(message), lang, escape(texts.get(lang, "denied.other_account")))));
    }

    private static String escape(String text) {
        return HtmlUtils.htmlEscape(text);
    }
}
