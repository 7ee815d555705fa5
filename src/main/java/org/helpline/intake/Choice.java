package org.helpline.intake;

import java.util.Arrays;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.helpline.conversation.Button;
import org.helpline.tickets.Priority;

/** Every button the intake offers: its ASCII value (what a channel sends back) and what pressing it means. */
enum Choice {
    AGREE("consent:yes", Signal.AGREE, null),
    DECLINE("consent:no", Signal.DECLINE, null),
    HELPED("kb:helped", Signal.HELPED, null),
    NOT_HELPED("kb:continue", Signal.NOT_HELPED, null),
    FIX_NAME("contract:fix-name", Signal.EDIT_NAME, null),
    CALL_BACK("contract:callback", Signal.CALL_BACK, null),
    /** Shows how to take a screenshot; the step stays where it is. */
    CANNOT_SCREENSHOT("screenshot:cannot", null, null),
    REUSE_IDENTITY("identity:reuse", Signal.IDENTITY_REUSED, null),
    FILES_DONE("files:done", Signal.FILES_DONE, null),
    CRITICAL("priority:critical", Signal.PRIORITY_CHOSEN, Priority.CRITICAL),
    URGENT("priority:urgent", Signal.PRIORITY_CHOSEN, Priority.URGENT),
    NORMAL("priority:normal", Signal.PRIORITY_CHOSEN, Priority.NORMAL),
    LOW("priority:low", Signal.PRIORITY_CHOSEN, Priority.LOW),
    CONFIRM("summary:confirm", Signal.CONFIRM, null),
    EDIT_DESCRIPTION("summary:edit-description", Signal.EDIT_DESCRIPTION, null),
    EDIT_NAME("summary:edit-name", Signal.EDIT_NAME, null),
    EDIT_CONTRACT("summary:edit-contract", Signal.EDIT_CONTRACT, null),
    EDIT_CONTACT("summary:edit-contact", Signal.EDIT_CONTACT, null),
    EDIT_PRIORITY("summary:edit-priority", Signal.EDIT_PRIORITY, null);

    /** A «this article helped» button's value: the prefix, then the article's place among those shown, from 1. */
    private static final Pattern HELPED_ARTICLE = Pattern.compile("kb:helped:([1-9])");

    private final String value;
    private final Signal signal;
    private final Priority priority;

    Choice(String value, Signal signal, Priority priority) {
        this.value = value;
        this.signal = signal;
        this.priority = priority;
    }

    static Optional<Choice> of(String value) {
        return Arrays.stream(values()).filter(choice -> choice.value.equals(value)).findFirst();
    }

    /** The «helped» button for the article at {@code place} (from 1) among the suggestions shown. */
    static Button helpedArticle(int place, String label) {
        return new Button(label, "kb:helped:" + place);
    }

    /** The place (from 1) of the article a «this article helped» button names, if {@code value} is one. */
    static OptionalInt helpedArticle(String value) {
        Matcher matcher = HELPED_ARTICLE.matcher(value);
        return matcher.matches() ? OptionalInt.of(Integer.parseInt(matcher.group(1))) : OptionalInt.empty();
    }

    static Choice of(Priority priority) {
        return Arrays.stream(values()).filter(choice -> choice.priority == priority).findFirst().orElseThrow();
    }

    Signal signal() {
        return signal;
    }

    Priority priority() {
        return priority;
    }

    Button button(String label) {
        return new Button(label, value);
    }
}
