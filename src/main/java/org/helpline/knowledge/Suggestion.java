package org.helpline.knowledge;

/** An article offered to a client: its id, title, the short answer (first paragraph) and a link to its page. */
public record Suggestion(String id, String title, String shortAnswer, String url, double score) {
}
