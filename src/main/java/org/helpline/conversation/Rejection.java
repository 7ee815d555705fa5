package org.helpline.conversation;

/** Why a file was not taken, for channels that answer a refused upload with a status of their own. */
public enum Rejection {
    TOO_LARGE, UNSUPPORTED_TYPE, NOT_ACCEPTED
}
