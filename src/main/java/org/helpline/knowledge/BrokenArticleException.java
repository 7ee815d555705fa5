package org.helpline.knowledge;

import java.util.Map;

/**
 * A knowledge-base file that cannot be served. The message says why in English, for the log and the status page;
 * {@code reason} and {@code args} say it again for a text in the editor's own language.
 */
class BrokenArticleException extends Exception {

    private final String reason;
    private final Map<String, String> args;

    BrokenArticleException(String reason, Map<String, String> args, String message) {
        this(reason, args, message, null);
    }

    BrokenArticleException(String reason, Map<String, String> args, String message, Throwable cause) {
        super(message, cause);
        this.reason = reason;
        this.args = Map.copyOf(args);
    }

    String reason() {
        return reason;
    }

    Map<String, String> args() {
        return args;
    }
}
