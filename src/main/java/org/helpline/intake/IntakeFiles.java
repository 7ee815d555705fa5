package org.helpline.intake;

import java.util.List;
import java.util.Map;

import org.helpline.attachments.AttachmentRef;
import org.helpline.attachments.ClientFiles;
import org.helpline.conversation.Input;
import org.helpline.conversation.Reply;
import org.helpline.tickets.TicketSettings;
import org.springframework.stereotype.Component;

/**
 * The files of an intake: judged by their bytes, then stored only if the step may take them — an image at any
 * step after consent (the first is the screenshot), other allowed files once there is a screenshot.
 */
@Component
class IntakeFiles {

    /** What became of a file the client sent. */
    sealed interface Outcome {
    }

    /** Not taken; the turn explains why, and for a file that failed inspection says so to the channel. */
    record Refused(Turn turn) implements Outcome {
    }

    /** Stored and added to the draft. */
    record Stored(IntakeSnapshot attached, AttachmentRef file, boolean image) implements Outcome {
    }

    private final ClientFiles files;
    private final Questions questions;
    private final TicketSettings tickets;

    IntakeFiles(ClientFiles files, Questions questions, TicketSettings tickets) {
        this.files = files;
        this.questions = questions;
        this.tickets = tickets;
    }

    Outcome take(IntakeSnapshot snapshot, Input input) {
        ClientFiles.Judged judged = files.judge(input, snapshot.lang());
        if (judged.refusal().isPresent()) {
            ClientFiles.Refusal refusal = judged.refusal().get();
            return new Refused(new Turn(snapshot, List.of(Reply.of(refusal.message())), refusal.rejection()));
        }
        if (!judged.image() && !snapshot.hasScreenshot()) {
            Phrase why = snapshot.step() == Step.SCREENSHOT ? Phrase.SCREENSHOT_NEED_IMAGE : Phrase.SCREENSHOT_NOT_NOW;
            return new Refused(say(snapshot, why, Map.of()));
        }
        if (snapshot.files().size() >= tickets.maxAttachments()) {
            return new Refused(say(snapshot, Phrase.SCREENSHOT_TOO_MANY, Map.of("max", tickets.maxAttachments(),
                    "done", questions.say(snapshot, Phrase.SCREENSHOT_DONE))));
        }
        AttachmentRef stored = files.store(judged, snapshot.intakeKey());
        return new Stored(snapshot.withFile(stored), stored, judged.image());
    }

    /** Files of a draft that will never become a ticket. */
    void discard(IntakeSnapshot snapshot) {
        if (snapshot.step() != Step.OPENED) {
            files.delete(snapshot.files());
        }
    }

    private Turn say(IntakeSnapshot snapshot, Phrase why, Map<String, ?> args) {
        return new Turn(snapshot, List.of(Reply.of(questions.say(snapshot, why, args))), null);
    }
}
