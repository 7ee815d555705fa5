package org.helpline.intake;

import java.util.List;

import org.helpline.conversation.Button;
import org.helpline.conversation.Input;

/** Walks the intake through its public API, keeping the snapshot between answers as a conversation would. */
final class DialogDriver {

    private final IntakeDialog dialog;
    private IntakeSnapshot snapshot;
    private Turn last;

    DialogDriver(IntakeDialog dialog, String lang) {
        this.dialog = dialog;
        this.last = dialog.start(lang);
        this.snapshot = last.snapshot();
    }

    Turn say(String text) {
        return apply(Input.text(text));
    }

    Turn press(String value) {
        return apply(Input.action(value));
    }

    /** Describes the problem and, if articles are suggested, goes on past them: at the name question. */
    Turn describe(String text) {
        say(text);
        return step() == Step.SUGGESTIONS ? press("kb:continue") : last;
    }

    /** Consent and a description: at the name question. */
    Turn consentAndDescribe(String text) {
        press("consent:yes");
        return describe(text);
    }

    Turn send(String filename, byte[] bytes) {
        return apply(Input.file(bytes, filename));
    }

    Step step() {
        return snapshot.step();
    }

    IntakeSnapshot snapshot() {
        return snapshot;
    }

    Turn last() {
        return last;
    }

    /** The last reply's text. */
    String lastText() {
        return last.replies().getLast().text();
    }

    List<String> buttons() {
        return last.replies().getLast().buttons().stream().map(Button::value).toList();
    }

    private Turn apply(Input input) {
        last = dialog.handle(snapshot, input, "web", "web:test-" + snapshot.intakeKey());
        snapshot = last.snapshot();
        return last;
    }
}
