package org.helpline.intake;

/**
 * Where a client is in the intake. From {@code OPENED} on they are endings: nothing more is asked after them.
 * {@code CALLBACK} asks for a phone to call back a client who cannot give their contract number.
 */
public enum Step {
    CONSENT, DESCRIPTION, SUGGESTIONS, NAME, CONTRACT, CONTACT, SCREENSHOT, MORE_FILES, PRIORITY, SUMMARY,
    CALLBACK,
    OPENED, DECLINED, SELF_RESOLVED, CANCELLED, REFUSED, CALLBACK_REQUESTED;

    public boolean isEnding() {
        return ordinal() >= OPENED.ordinal();
    }
}
