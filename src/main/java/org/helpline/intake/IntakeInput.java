package org.helpline.intake;

/** What a client sent: text, a pressed button's value, or a file. */
public record IntakeInput(Kind kind, String text, byte[] bytes, String filename) {

    public enum Kind { TEXT, ACTION, FILE }

    public static IntakeInput text(String text) {
        return new IntakeInput(Kind.TEXT, text, null, null);
    }

    public static IntakeInput action(String value) {
        return new IntakeInput(Kind.ACTION, value, null, null);
    }

    public static IntakeInput file(byte[] bytes, String filename) {
        return new IntakeInput(Kind.FILE, null, bytes, filename);
    }
}
