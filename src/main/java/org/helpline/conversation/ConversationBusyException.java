package org.helpline.conversation;

/** Another message of the same conversation held it for too long; the client may simply send again. */
public class ConversationBusyException extends RuntimeException {

    ConversationBusyException(String id) {
        super("Conversation " + id + " is busy");
    }
}
