package org.helpline.handoff;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.helpline.conversation.Button;
import org.helpline.dialogs.Dialogs;
import org.springframework.stereotype.Component;

/**
 * What an engineer does in any staff place (a Telegram topic, a Discord post), read the same way everywhere: the
 * ticket's buttons «Взять», «Эскалировать», «Решено», and a message typed for the ticket — {@code /note …} is an
 * internal note, {@code /ask …} a question to the client after which the ticket waits for their answer, another
 * command is not understood, anything else is a reply to the client. The staff place only
 * finds the ticket and the engineer, and tells what was refused; the actions are {@link Handoff}'s.
 */
@Component
public class StaffActions {

    /** What became of a press or a message, for the staff place to follow up. */
    public enum Outcome {
        /** The ticket changed (or, for an empty note, nothing was to be done). */
        DONE,
        /** Escalating needs a reason: the staff place asks for it and passes the answer to {@link Handoff#escalate}. */
        ASK_REASON,
        /** A command the product does not know. */
        UNKNOWN_COMMAND
    }

    private static final String TAKE = "take";
    private static final String ESCALATE = "escalate";
    private static final String RESOLVE = "resolve";
    private static final Pattern BUTTON = Pattern.compile("staff:(take|escalate|resolve):(HL-\\d+)");
    /** {@code /note text} and {@code /ask text}, also as {@code /note@YourBot text}. */
    private static final Pattern WITH_TEXT = Pattern.compile("(?is)/(note|ask)(?:@\\w+)?(?:\\s+(.*))?");
    private static final Pattern COMMAND = Pattern.compile("(?s)/\\w+(@\\w+)?(\\s.*)?");

    private final Handoff handoff;
    private final Dialogs dialogs;

    StaffActions(Handoff handoff, Dialogs dialogs) {
        this.handoff = handoff;
        this.dialogs = dialogs;
        dialogs.require(List.of("staff.take", "staff.escalate", "staff.resolve"));
    }

    /** The ticket's buttons, labelled in the default language; their values ({@code staff:take:HL-000042}) are ASCII and short. */
    public List<Button> buttons(String number) {
        var texts = dialogs.texts(dialogs.defaultLanguage());
        return Stream.of(TAKE, ESCALATE, RESOLVE)
                .map(action -> new Button(texts.get("staff." + action), "staff:" + action + ":" + number))
                .toList();
    }

    /** The ticket a button value is for; empty when it is none of the ticket buttons. */
    public Optional<String> ticketOf(String value) {
        Matcher button = BUTTON.matcher(value == null ? "" : value);
        return button.matches() ? Optional.of(button.group(2)) : Optional.empty();
    }

    /**
     * Whether pressing this button asks for a reason first ({@link Outcome#ASK_REASON}), so a staff place that must
     * ask in its answer to the press (a Discord form) knows before acting.
     */
    public boolean asksReason(String value) {
        Matcher button = BUTTON.matcher(value == null ? "" : value);
        return button.matches() && button.group(1).equals(ESCALATE);
    }

    /** Acts on a pressed ticket button, one {@link #ticketOf} knows. */
    public Outcome press(String value, String engineer) {
        Matcher button = BUTTON.matcher(value);
        if (!button.matches()) {
            throw new IllegalArgumentException("Not a ticket button: " + value);
        }
        String number = button.group(2);
        switch (button.group(1)) {
            case TAKE -> handoff.take(number, engineer);
            case RESOLVE -> handoff.resolve(number, engineer, null);
            default -> {
                return Outcome.ASK_REASON;
            }
        }
        return Outcome.DONE;
    }

    /** Acts on a message an engineer typed for the ticket (not an answer to the escalation question). */
    public Outcome write(String number, String engineer, String text) {
        String typed = text.strip();
        Matcher command = WITH_TEXT.matcher(typed);
        if (command.matches()) {
            String words = command.group(2) == null ? "" : command.group(2).strip();
            if (words.isEmpty()) {
                return Outcome.DONE;
            }
            if (command.group(1).equalsIgnoreCase("ask")) {
                handoff.ask(number, engineer, words);
            } else {
                handoff.note(number, engineer, words);
            }
            return Outcome.DONE;
        }
        if (COMMAND.matcher(typed).matches()) {
            return Outcome.UNKNOWN_COMMAND;
        }
        handoff.reply(number, engineer, typed);
        return Outcome.DONE;
    }
}
