package org.helpline.conversation;

import java.util.Objects;

/**
 * What a client sent: text, a pressed button's value, or a file — whose bytes are null when the channel did not
 * fetch it because it is declared larger than the attachment limit ({@link #tooLargeToFetch}).
 */
public record Input(Kind kind, String text, byte[] bytes, String filename) {

    public enum Kind { TEXT, ACTION, FILE }

    public static Input text(String text) {
        return new Input(Kind.TEXT, text, null, null);
    }

    public static Input action(String value) {
        return new Input(Kind.ACTION, value, null, null);
    }

    public static Input file(byte[] bytes, String filename) {
        return new Input(Kind.FILE, null, Objects.requireNonNull(bytes, "bytes"), filename);
    }

    /** A file the channel left unfetched, as it is larger than the limit: refused in the transcript like any other. */
    public static Input tooLargeToFetch(String filename) {
        return new Input(Kind.FILE, null, null, filename);
    }

    public boolean unfetched() {
        return kind == Kind.FILE && bytes == null;
    }
}
