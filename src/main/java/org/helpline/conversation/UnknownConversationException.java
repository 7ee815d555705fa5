package org.helpline.conversation;

/** A message for a conversation that was never opened (or an id that never existed). */
public class UnknownConversationException extends RuntimeException {

    public UnknownConversationException(String id) {
        super("No conversation " + id);
    }
}
