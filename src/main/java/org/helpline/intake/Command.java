package org.helpline.intake;

import java.util.Locale;
import java.util.Optional;

/** What a client can say at any step: start over ({@code /new} too: a new request), cancel, or ask for help. */
enum Command {
    START, CANCEL, HELP;

    /** The command in {@code text}: {@code /start}, {@code /cancel}, {@code /help} (Telegram may add "@bot"), or "отмена"/"cancel" alone. */
    static Optional<Command> of(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String word = text.strip().toLowerCase(Locale.ROOT).replaceAll("[.!]+$", "");
        return switch (word.replaceFirst("@\\w+$", "")) {
            case "/start", "/new" -> Optional.of(START);
            case "/cancel", "отмена", "отменить", "cancel" -> Optional.of(CANCEL);
            case "/help" -> Optional.of(HELP);
            default -> Optional.empty();
        };
    }
}
