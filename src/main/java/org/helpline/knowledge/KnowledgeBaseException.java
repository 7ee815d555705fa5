package org.helpline.knowledge;

/** An article the loader would refuse; the message says why, in the loader's words, for the editor. */
public class KnowledgeBaseException extends Exception {

    KnowledgeBaseException(String message) {
        super(message);
    }
}
