package org.helpline.knowledge;

import java.util.List;

import org.springframework.stereotype.Service;

/**
 * The knowledge module's API: articles that may answer a client's problem before a ticket is opened.
 * Until the articles and the Lucene index land, it finds nothing, and the intake skips its suggestion step.
 */
@Service
public class KnowledgeBase {

    /** Up to {@code limit} articles relevant to {@code text}, best first, in {@code lang} where possible. */
    public List<Suggestion> suggest(String lang, String text, int limit) {
        return List.of();
    }
}
