package org.helpline.console.editing;

import java.security.Principal;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletRequest;
import org.helpline.api.ApiError;
import org.helpline.api.ApiErrors;
import org.helpline.dialogs.DialogEditRefused;
import org.helpline.dialogs.DialogEditor;
import org.helpline.dialogs.Dialogs;
import org.helpline.dialogs.Texts;
import org.helpline.knowledge.KnowledgeBaseException;
import org.helpline.knowledge.KnowledgeBaseFiles;
import org.helpline.knowledge.SuggestionFeedback;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The editors' pages' data: articles with their statistics, the dialog texts, and the history of saves. */
@RestController
@RequestMapping("/console/api/editing")
class EditingController {

    record ArticleLine(String lang, String id, String title, String broken, long shown, long helped, long notHelped) {
    }

    record ArticleList(List<ArticleLine> articles, List<SuggestionFeedback.QueryCount> unanswered) {
    }

    record ArticleText(String lang, String id, String content) {
    }

    record TextChange(String lang, String key, String text) {
    }

    record TextList(String lang, List<String> languages, Map<String, String> texts) {
    }

    private final KnowledgeBaseFiles files;
    private final SuggestionFeedback feedback;
    private final DialogEditor texts;
    private final Editing editing;
    private final EditHistory history;
    private final Dialogs dialogs;
    private final ApiErrors errors;

    EditingController(KnowledgeBaseFiles files, SuggestionFeedback feedback, DialogEditor texts, Editing editing,
                      EditHistory history, Dialogs dialogs, ApiErrors errors) {
        this.files = files;
        this.feedback = feedback;
        this.texts = texts;
        this.editing = editing;
        this.history = history;
        this.dialogs = dialogs;
        this.errors = errors;
    }

    @GetMapping("/articles")
    ArticleList articles() {
        SuggestionFeedback.Stats stats = feedback.stats();
        Map<String, SuggestionFeedback.ArticleStats> byId = stats.articles().stream()
                .collect(Collectors.toMap(SuggestionFeedback.ArticleStats::id, Function.identity()));
        List<ArticleLine> lines = files.list().stream().map(file -> {
            SuggestionFeedback.ArticleStats counts = byId.getOrDefault(file.id(), new SuggestionFeedback.ArticleStats(file.id(), 0, 0, 0));
            return new ArticleLine(file.lang(), file.id(), file.title(), file.broken(), counts.shown(), counts.helped(),
                    counts.notHelped());
        }).toList();
        return new ArticleList(lines, stats.unanswered());
    }

    @GetMapping("/articles/{lang}/{id}")
    ResponseEntity<?> article(@PathVariable String lang, @PathVariable String id, HttpServletRequest request) {
        return files.read(lang, id).<ResponseEntity<?>>map(content -> ResponseEntity.ok(new ArticleText(lang, id, content)))
                .orElseGet(() -> refused(HttpStatus.NOT_FOUND, new Editing.Refused("article_missing", id), request));
    }

    /** The live preview: the article as the loader would serve it, or why it would refuse it. */
    @PostMapping("/articles/preview")
    ResponseEntity<?> preview(@RequestBody ArticleText article, HttpServletRequest request) {
        try {
            return ResponseEntity.ok(files.check(article.lang(), article.id(), article.content()));
        } catch (KnowledgeBaseException e) {
            return refused(HttpStatus.UNPROCESSABLE_CONTENT, new Editing.Refused(e), request);
        }
    }

    @PutMapping("/articles/{lang}/{id}")
    EditHistory.Edit save(@PathVariable String lang, @PathVariable String id, @RequestBody ArticleText article,
                          Principal editor) throws Editing.Refused {
        return editing.saveArticle(editor.getName(), lang, id, article.content(), null);
    }

    @DeleteMapping("/articles/{lang}/{id}")
    EditHistory.Edit retire(@PathVariable String lang, @PathVariable String id, Principal editor) throws Editing.Refused {
        return editing.retireArticle(editor.getName(), lang, id, null);
    }

    @GetMapping("/texts")
    TextList texts(@RequestParam(required = false) String lang) {
        String language = lang != null && dialogs.supports(lang) ? lang : dialogs.defaultLanguage();
        return new TextList(language, dialogs.languages(), texts.texts(language));
    }

    @PutMapping("/texts")
    EditHistory.Edit change(@RequestBody TextChange change, Principal editor) {
        return editing.changeText(editor.getName(), change.lang(), change.key(), change.text(), null);
    }

    @GetMapping("/history")
    List<EditHistory.Edit> history() {
        return history.latest();
    }

    @PostMapping("/history/{id}/undo")
    EditHistory.Edit undo(@PathVariable String id, Principal editor) throws Editing.Refused {
        return editing.undo(editor.getName(), id);
    }

    @ExceptionHandler(Editing.Refused.class)
    ResponseEntity<ApiError> refusedEdit(Editing.Refused refused, HttpServletRequest request) {
        return refused(HttpStatus.UNPROCESSABLE_CONTENT, refused, request);
    }

    @ExceptionHandler(DialogEditRefused.class)
    ResponseEntity<ApiError> refusedText(DialogEditRefused refused, HttpServletRequest request) {
        String code = "text_" + refused.reason();
        return ResponseEntity.unprocessableContent().body(new ApiError(code,
                dialogs.texts(errors.language(request)).get("console.editing.refused." + code, refused.args())));
    }

    /** The refusal in the editor's language, with the loader's reason when it refused an article. */
    private ResponseEntity<ApiError> refused(HttpStatus status, Editing.Refused refused, HttpServletRequest request) {
        Texts said = dialogs.texts(errors.language(request));
        String detail = refused.broken == null ? refused.detail
                : said.get("console.editing.article_errors." + refused.broken.reason(), refused.broken.args());
        String message = said.get("console.editing.refused." + refused.code, Map.of("detail", detail));
        return ResponseEntity.status(status).body(new ApiError(refused.code, message));
    }
}
