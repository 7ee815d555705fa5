package org.helpline.knowledge;

import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.helpline.api.ApiException;
import org.helpline.dialogs.Dialogs;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The knowledge base over HTTP: search, what the intake would suggest, articles as JSON, and the loading status for editors. */
@RestController
@RequestMapping("/api/kb")
class KnowledgeApiController {

    private static final int DEFAULT_LIMIT = 5;

    private final KnowledgeBase knowledge;
    private final Dialogs dialogs;

    KnowledgeApiController(KnowledgeBase knowledge, Dialogs dialogs) {
        this.knowledge = knowledge;
        this.dialogs = dialogs;
    }

    @GetMapping("/search")
    ResponseEntity<?> search(@RequestParam(required = false) String q, @RequestParam(required = false) String limit,
                             @RequestParam(required = false) String lang,
                             @RequestHeader(value = HttpHeaders.ACCEPT_LANGUAGE, required = false) String acceptLanguage) {
        return results(q, lang, acceptLanguage, language -> knowledge.find(q, language, limit(limit)));
    }

    /** Exactly what the intake would offer for {@code q}: 0–3 articles, in the search's shape. */
    @GetMapping("/suggest")
    ResponseEntity<?> suggest(@RequestParam(required = false) String q, @RequestParam(required = false) String lang,
                              @RequestHeader(value = HttpHeaders.ACCEPT_LANGUAGE, required = false) String acceptLanguage) {
        return results(q, lang, acceptLanguage, language -> knowledge.offered(q, language));
    }

    /** Checks the query and language, then answers with what {@code find} finds in the requested language (or null). */
    private ResponseEntity<?> results(String q, String lang, String acceptLanguage,
                                             Function<String, List<KnowledgeBase.Found>> find) {
        String people = dialogs.language(lang, acceptLanguage);
        if (q == null || q.isBlank()) {
            throw new ApiException(HttpStatus.BAD_REQUEST, "blank_query", people);
        }
        if (lang != null && !lang.isBlank() && dialogs.supported(lang).isEmpty()) {
            throw new ApiException(HttpStatus.BAD_REQUEST, "unsupported_language", people,
                    Map.of("languages", String.join(", ", dialogs.languages())));
        }
        List<SearchResult> results = find.apply(dialogs.supported(lang).orElse(null)).stream()
                .map(found -> new SearchResult(found.article().id(), found.article().title(),
                        found.article().summary(), Math.round(found.score() * 1000) / 1000.0))
                .toList();
        return ResponseEntity.ok(new SearchResponse(results));
    }

    @GetMapping("/articles/{id}")
    ResponseEntity<?> article(@PathVariable String id, @RequestParam(required = false) String lang,
                              @RequestHeader(value = HttpHeaders.ACCEPT_LANGUAGE, required = false) String acceptLanguage) {
        String people = dialogs.language(lang, acceptLanguage);
        return knowledge.article(id, people)
                .<ResponseEntity<?>>map(article -> ResponseEntity.ok(new ArticleResponse(article.id(), article.lang(),
                        article.title(), article.tags(), article.related(), article.markdown(), article.html())))
                .orElseThrow(() -> new ApiException(HttpStatus.NOT_FOUND, "not_found", "errors.article_not_found", people,
                        Map.of("id", id)));
    }

    @GetMapping("/status")
    StatusResponse status() {
        Articles.Status status = knowledge.status();
        return new StatusResponse(status.articles(), status.broken(), status.lastReload().toString());
    }

    private static int limit(String limit) {
        try {
            return Math.clamp(Integer.parseInt(limit.strip()), 1, KnowledgeBase.MAX_LIMIT);
        } catch (NullPointerException | NumberFormatException e) {
            return DEFAULT_LIMIT;
        }
    }

    record SearchResponse(List<SearchResult> results) {
    }

    record SearchResult(String id, String title, String snippet, double score) {
    }

    record ArticleResponse(String id, String lang, String title, List<String> tags, List<String> related,
                           String markdown, String html) {
    }

    record StatusResponse(int articles, List<Articles.Status.Broken> broken, String lastReload) {
    }
}
