package org.helpline.console.editing;

import java.util.Objects;
import java.util.Optional;

import org.helpline.dialogs.DialogEditor;
import org.helpline.knowledge.KnowledgeBaseException;
import org.helpline.knowledge.KnowledgeBaseFiles;
import org.springframework.stereotype.Service;

/**
 * What an editor changes from the console, each save recorded in the {@link EditHistory} with the text before and
 * after, so that a bad one can be taken back: an undo puts the text before back, and is itself recorded.
 */
@Service
class Editing {

    static final String ARTICLE = "article";
    static final String TEXT = "text";

    /**
     * Why an edit was not made: {@code code} names the console text that says so, {@code detail} fills it; for an
     * article the loader would refuse, {@code broken} says why, for a text in the editor's language.
     */
    static class Refused extends Exception {
        final String code;
        final String detail;
        final KnowledgeBaseException broken;

        Refused(String code, String detail) {
            super(code + ": " + detail);
            this.code = code;
            this.detail = detail;
            this.broken = null;
        }

        Refused(KnowledgeBaseException broken) {
            super("article_refused: " + broken.getMessage(), broken);
            this.code = "article_refused";
            this.detail = broken.getMessage();
            this.broken = broken;
        }
    }

    private final KnowledgeBaseFiles articles;
    private final DialogEditor texts;
    private final EditHistory history;

    Editing(KnowledgeBaseFiles articles, DialogEditor texts, EditHistory history) {
        this.articles = articles;
        this.texts = texts;
        this.history = history;
    }

    synchronized EditHistory.Edit saveArticle(String login, String lang, String id, String content, String undoes)
            throws Refused {
        try {
            Optional<String> before = articles.save(lang, id, content);
            return history.record(login, ARTICLE, lang, id, undoes != null ? "undone" : before.isPresent() ? "saved" : "created",
                    before.orElse(null), content, undoes);
        } catch (KnowledgeBaseException e) {
            throw new Refused(e);
        }
    }

    synchronized EditHistory.Edit retireArticle(String login, String lang, String id, String undoes) throws Refused {
        String before = articles.retire(lang, id).orElseThrow(() -> new Refused("article_missing", id));
        return history.record(login, ARTICLE, lang, id, undoes != null ? "undone" : "retired", before, null, undoes);
    }

    synchronized EditHistory.Edit changeText(String login, String lang, String key, String text, String undoes) {
        String before = texts.change(lang, key, text);
        return history.record(login, TEXT, lang, key, undoes != null ? "undone" : "saved", before,
                texts.text(lang, key).orElse(text), undoes);
    }

    /** Puts back what the edit replaced, unless the text was changed again since (undo the later edit first). */
    synchronized EditHistory.Edit undo(String login, String editId) throws Refused {
        EditHistory.Edit edit = history.find(editId).orElseThrow(() -> new Refused("edit_missing", editId));
        if (edit.undoneBy() != null) {
            throw new Refused("already_undone", edit.target());
        }
        Optional<String> now = ARTICLE.equals(edit.kind()) ? articles.read(edit.lang(), edit.target())
                : texts.text(edit.lang(), edit.target());
        if (!Objects.equals(now.orElse(null), edit.after())) {
            throw new Refused("changed_since", edit.target());
        }
        if (TEXT.equals(edit.kind())) {
            return changeText(login, edit.lang(), edit.target(), edit.before(), editId);
        }
        return edit.before() == null ? retireArticle(login, edit.lang(), edit.target(), editId)
                : saveArticle(login, edit.lang(), edit.target(), edit.before(), editId);
    }
}
