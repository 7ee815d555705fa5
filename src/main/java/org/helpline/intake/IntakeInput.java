package org.helpline.intake;

import java.util.Objects;

/**
 * What a client sent: text, a pressed button's value, or a file — whose bytes are null when the channel did not
 * fetch it because it is declared larger than the attachment limit ({@link #tooLargeToFetch}).
 */
public record IntakeInput(Kind kind, String text, byte[] bytes, String filename) {

    public enum Kind { TEXT, ACTION, FILE }

    public static IntakeInput text(String text) {
        return new IntakeInput(Kind.TEXT, text, null, null);
    }

    public static IntakeInput action(String value) {
        return new IntakeInput(Kind.ACTION, value, null, null);
    }

    public static IntakeInput file(byte[] bytes, String filename) {
        return new IntakeInput(Kind.FILE, null, Objects.requireNonNull(bytes, "bytes"), filename);
    }

    /** A file the channel left unfetched, as it is larger than the limit: refused in the transcript like any other. */
    public static IntakeInput tooLargeToFetch(String filename) {
        return new IntakeInput(Kind.FILE, null, null, filename);
    }

    public boolean unfetched() {
        return kind == Kind.FILE && bytes == null;
    }
}
