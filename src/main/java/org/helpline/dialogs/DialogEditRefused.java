package org.helpline.dialogs;

import java.util.Map;

/**
 * A text change the editor must fix first: {@code reason} names the rule ({@code unknown_key}, {@code empty},
 * {@code placeholders}, {@code invalid}), {@code args} the details a message about it may show.
 */
public class DialogEditRefused extends RuntimeException {

    private final String reason;
    private final Map<String, String> args;

    DialogEditRefused(String reason, Map<String, String> args) {
        super(reason + " " + args);
        this.reason = reason;
        this.args = Map.copyOf(args);
    }

    public String reason() {
        return reason;
    }

    public Map<String, String> args() {
        return args;
    }
}
