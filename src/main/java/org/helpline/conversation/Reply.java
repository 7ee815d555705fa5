package org.helpline.conversation;

import java.util.List;

/** One message from the bot, with the buttons offered under it (possibly none). */
public record Reply(String text, List<Button> buttons) {

    public Reply {
        buttons = buttons == null ? List.of() : List.copyOf(buttons);
    }

    public static Reply of(String text, Button... buttons) {
        return new Reply(text, List.of(buttons));
    }
}
