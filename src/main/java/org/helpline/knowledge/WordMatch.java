package org.helpline.knowledge;

import java.util.Set;

/**
 * Where in an article a client's word was found, strongest first; each level searches the parts of the levels before
 * it too. Misspelt words count as found in the questions: typo tolerance looks at the title, questions and tags.
 */
enum WordMatch {
    /** In the title or tags: the word names what the article is about. */
    HEADLINE(Set.of("title", "tags")),
    /** In the questions clients ask it with. */
    QUESTIONS(Set.of("title", "tags", "questions")),
    /** Only in the text, where a word may stand by chance. */
    BODY(Set.of("title", "tags", "questions", "body"));

    private final Set<String> parts;

    WordMatch(Set<String> parts) {
        this.parts = parts;
    }

    /** The article parts ({@code title}, {@code questions}, {@code tags}, {@code body}) this level searches. */
    Set<String> parts() {
        return parts;
    }
}
