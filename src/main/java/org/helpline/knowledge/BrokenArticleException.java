package org.helpline.knowledge;

/** A knowledge-base file that cannot be served; the message says why, for the editor. */
class BrokenArticleException extends Exception {

    BrokenArticleException(String message) {
        super(message);
    }

    BrokenArticleException(String message, Throwable cause) {
        super(message, cause);
    }
}
