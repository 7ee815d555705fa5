package org.helpline.knowledge;

import java.util.Map;

/**
 * An article the loader would refuse. {@code reason} names the mistake (the text
 * {@code console.editing.article_errors.<reason>} tells it an editor), {@code args} fill that text's placeholders;
 * the message says it in the loader's English.
 */
public class KnowledgeBaseException extends Exception {

    private final String reason;
    private final Map<String, String> args;

    KnowledgeBaseException(BrokenArticleException broken) {
        super(broken.getMessage());
        this.reason = broken.reason();
        this.args = broken.args();
    }

    public String reason() {
        return reason;
    }

    public Map<String, String> args() {
        return args;
    }
}
