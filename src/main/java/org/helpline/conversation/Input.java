package org.helpline.conversation;

/** What a client sent: text, a pressed button's value, or a file. */
public record Input(Kind kind, String text, byte[] bytes, String filename) {

    public enum Kind { TEXT, ACTION, FILE }

    public static Input text(String text) {
        return new Input(Kind.TEXT, text, null, null);
    }

    public static Input action(String value) {
        return new Input(Kind.ACTION, value, null, null);
    }

    public static Input file(byte[] bytes, String filename) {
        return new Input(Kind.FILE, null, bytes, filename);
    }
}
