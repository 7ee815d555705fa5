package org.helpline.intake;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

import org.helpline.conversation.Button;

/**
 * What a client can say at any step: a new request ({@code /new}; {@code /start} is the same, Telegram's first
 * command), cancel, list their tickets, or ask for help. The web chat offers the first two as buttons.
 */
enum Command {
    START("command:new"), CANCEL("command:cancel"), HELP("command:help"), TICKETS("command:tickets");

    private final String value;

    Command(String value) {
        this.value = value;
    }

    /** The command a pressed button stands for. */
    static Optional<Command> ofButton(String value) {
        return Arrays.stream(values()).filter(command -> command.value.equals(value)).findFirst();
    }

    Button button(String label) {
        return new Button(label, value);
    }

    /** The command in {@code text}: {@code /start}, {@code /cancel}, {@code /help}, {@code /tickets} or {@code /status} (Telegram may add "@bot"), or "отмена"/"cancel" alone. */
    static Optional<Command> of(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String word = text.strip().toLowerCase(Locale.ROOT).replaceAll("[.!]+$", "");
        return switch (word.replaceFirst("@\\w+$", "")) {
            case "/start", "/new", "новая заявка", "new request" -> Optional.of(START);
            case "/cancel", "отмена", "отменить", "cancel" -> Optional.of(CANCEL);
            case "/help" -> Optional.of(HELP);
            case "/tickets", "/status", "мои заявки", "my tickets", "my requests" -> Optional.of(TICKETS);
            default -> Optional.empty();
        };
    }
}
