package org.helpline.knowledge;

import java.util.List;

/**
 * One article in one language, as loaded from {@code <lang>/<id>.md}.
 *
 * @param summary the first paragraph as plain text: the short answer offered to clients
 * @param text    the whole body as plain text, for the index
 * @param html    the body rendered and sanitised
 */
record Article(String id, String lang, String title, List<String> tags, List<String> questions,
               List<String> related, String markdown, String summary, String text, String html) {
}
