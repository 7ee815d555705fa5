package org.helpline.dialogs;

/** An editor's mistake in a dialog file: the message names the file and what is wrong with it. */
public class DialogFileException extends RuntimeException {

    public DialogFileException(String message) {
        super(message);
    }
}
