package org.helpline.knowledge;

import java.util.Optional;

import org.helpline.dialogs.Dialogs;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.HtmlUtils;

/** {@code /kb/{id}}: an article as a plain page that reads well on a phone, with absolute links. */
@RestController
class ArticlePageController {

    private final KnowledgeBase knowledge;
    private final Dialogs dialogs;

    ArticlePageController(KnowledgeBase knowledge, Dialogs dialogs) {
        this.knowledge = knowledge;
        this.dialogs = dialogs;
    }

    @GetMapping(value = "/kb/{id}", produces = MediaType.TEXT_HTML_VALUE)
    ResponseEntity<String> show(@PathVariable String id, @RequestParam(required = false) String lang,
                                @RequestHeader(value = HttpHeaders.ACCEPT_LANGUAGE, required = false) String acceptLanguage) {
        String people = dialogs.language(lang, acceptLanguage);
        Optional<Article> found = knowledge.article(id, people);
        if (found.isEmpty()) {
            boolean en = "en".equals(people);
            String title = en ? "Article not found" : "Статья не найдена";
            String text = en ? "There is no article with this address. It may have been removed."
                    : "Статьи с таким адресом нет. Возможно, её удалили.";
            return ResponseEntity.status(HttpStatus.NOT_FOUND).body(page(people, title, "<p>" + text + "</p>"));
        }
        return ResponseEntity.ok(page(found.get()));
    }

    private String page(Article article) {
        boolean en = "en".equals(article.lang());
        StringBuilder body = new StringBuilder(article.html());
        if (!article.related().isEmpty()) {
            body.append("<h2>").append(en ? "Related articles" : "Похожие статьи").append("</h2><ul>");
            for (String related : article.related()) {
                knowledge.article(related, article.lang()).ifPresent(other -> body.append("<li><a href=\"")
                        .append(escape(knowledge.url(other.id(), article.lang()))).append("\">")
                        .append(escape(other.title())).append("</a></li>"));
            }
            body.append("</ul>");
        }
        String otherLang = en ? "ru" : "en";
        knowledge.article(article.id(), otherLang).filter(other -> other.lang().equals(otherLang)).ifPresent(other ->
                body.append("<p class=\"lang\"><a href=\"").append(escape(knowledge.url(article.id(), otherLang)))
                        .append("\" hreflang=\"").append(otherLang).append("\">")
                        .append(en ? "Читать по-русски" : "Read in English").append("</a></p>"));
        return page(article.lang(), article.title(), body.toString());
    }

    private static String page(String lang, String title, String content) {
        return """
                <!DOCTYPE html>
                <html lang="%s">
                <head>
                <meta charset="utf-8">
                <meta name="viewport" content="width=device-width, initial-scale=1">
                <title>%s</title>
                <style>
                body{font:16px/1.5 system-ui,sans-serif;max-width:42rem;margin:0 auto;padding:1rem;color:#222}
                h1{font-size:1.4rem}h2{font-size:1.15rem}a{color:#0645ad}li{margin:.3rem 0}
                </style>
                </head>
                <body>
                <main>
                <h1>%s</h1>
                %s
                </main>
                </body>
                </html>
                """.formatted(lang, escape(title), escape(title), content);
    }

    private static String escape(String text) {
        return HtmlUtils.htmlEscape(text, "UTF-8");
    }
}
