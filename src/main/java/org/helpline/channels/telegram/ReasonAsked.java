package org.helpline.channels.telegram;

/** The question asking for ticket {@code number}'s escalation reason has been sent as message {@code messageId}. */
record ReasonAsked(String number, int messageId) {
}
