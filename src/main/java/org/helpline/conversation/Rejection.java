package org.helpline.conversation;

/**
 * Why a file was not taken, for channels that answer a refused upload with a status of their own; or
 * {@code TEXT_REFUSED}: a typed answer the step did not take (no words, too long, not a name…), which a chat
 * page keeps in its input to be corrected rather than typed again.
 */
public enum Rejection {
    TOO_LARGE, UNSUPPORTED_TYPE, NOT_ACCEPTED, TEXT_REFUSED
}
