package org.helpline.knowledge;

import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.commonmark.renderer.text.TextContentRenderer;
import org.owasp.html.PolicyFactory;
import org.owasp.html.Sanitizers;

/** Article bodies: Markdown to sanitised HTML, and the plain text used for short answers and the index. */
final class Markdown {

    private static final Parser PARSER = Parser.builder().build();
    private static final HtmlRenderer HTML = HtmlRenderer.builder().build();
    private static final TextContentRenderer TEXT = TextContentRenderer.builder().build();
    private static final PolicyFactory POLICY = Sanitizers.FORMATTING.and(Sanitizers.BLOCKS)
            .and(Sanitizers.LINKS).and(Sanitizers.TABLES);

    private final Node document;

    Markdown(String markdown) {
        this.document = PARSER.parse(markdown);
    }

    String html() {
        return POLICY.sanitize(HTML.render(document));
    }

    String text() {
        return TEXT.render(document).strip();
    }

    /** The first paragraph as plain text, or empty when there is none. */
    String firstParagraph() {
        for (Node node = document.getFirstChild(); node != null; node = node.getNext()) {
            if (node instanceof Paragraph) {
                return TEXT.render(node).strip().replaceAll("\\s+", " ");
            }
        }
        return "";
    }
}
