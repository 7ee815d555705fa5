package org.helpline.intake;

/** Where a client is in the intake. The last five are endings: nothing more is asked after them. */
public enum Step {
    CONSENT, DESCRIPTION, SUGGESTIONS, NAME, CONTRACT, CONTACT, SCREENSHOT, MORE_FILES, PRIORITY, SUMMARY,
    OPENED, DECLINED, SELF_RESOLVED, CANCELLED, REFUSED;

    public boolean isEnding() {
        return ordinal() >= OPENED.ordinal();
    }
}
