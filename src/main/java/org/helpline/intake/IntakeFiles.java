package org.helpline.intake;

import java.util.List;
import java.util.Map;

import org.helpline.attachments.AttachmentInspector;
import org.helpline.attachments.FileKind;
import org.helpline.attachments.Inspection;
import org.helpline.tickets.AttachmentRef;
import org.helpline.tickets.AttachmentStore;
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

    private final AttachmentInspector inspector;
    private final AttachmentStore store;
    private final Questions questions;
    private final TicketSettings tickets;

    IntakeFiles(AttachmentInspector inspector, AttachmentStore store, Questions questions, TicketSettings tickets) {
        this.inspector = inspector;
        this.store = store;
        this.questions = questions;
        this.tickets = tickets;
    }

    Outcome take(IntakeSnapshot snapshot, IntakeInput input) {
        Inspection inspection = inspect(input);
        if (!inspection.accepted()) {
            return new Refused(refuse(snapshot, inspection));
        }
        boolean image = inspection.kind() == FileKind.IMAGE;
        if (!image && !snapshot.hasScreenshot()) {
            Phrase why = snapshot.step() == Step.SCREENSHOT ? Phrase.SCREENSHOT_NEED_IMAGE : Phrase.SCREENSHOT_NOT_NOW;
            return new Refused(say(snapshot, why, Map.of(), null));
        }
        if (snapshot.files().size() >= tickets.maxAttachments()) {
            return new Refused(say(snapshot, Phrase.SCREENSHOT_TOO_MANY, Map.of("max", tickets.maxAttachments(),
                    "done", questions.say(snapshot, Phrase.SCREENSHOT_DONE)), null));
        }
        AttachmentRef stored = store(snapshot, input, inspection);
        return new Stored(snapshot.withFile(stored), stored, image);
    }

    /** A file for the ticket the intake opened: judged by the same rules, without the draft's step rules. */
    Outcome takeForTicket(IntakeSnapshot snapshot, IntakeInput input) {
        Inspection inspection = inspect(input);
        if (!inspection.accepted()) {
            return new Refused(refuse(snapshot, inspection));
        }
        return new Stored(snapshot, store(snapshot, input, inspection), inspection.kind() == FileKind.IMAGE);
    }

    /** A file the channel did not fetch is judged by its declared size alone: too large. */
    private Inspection inspect(IntakeInput input) {
        return input.unfetched() ? inspector.tooLarge(input.filename()) : inspector.inspect(input.bytes(), input.filename());
    }

    private AttachmentRef store(IntakeSnapshot snapshot, IntakeInput input, Inspection inspection) {
        return store.store(input.bytes(), inspection.safeFilename(), inspection.contentType(), snapshot.intakeKey());
    }

    /** The client's answer when a file was refused on inspection, with the reason for the channel. */
    Turn refuse(IntakeSnapshot snapshot, Inspection inspection) {
        Map<String, Object> limits = Map.of("max_mb", questions.maxMegabytes());
        return switch (inspection.verdict()) {
            case TOO_LARGE -> say(snapshot, Phrase.SCREENSHOT_REFUSED_SIZE, limits, Rejection.TOO_LARGE);
            case TOO_MANY_PIXELS -> say(snapshot, Phrase.SCREENSHOT_REFUSED_PIXELS, limits, Rejection.TOO_LARGE);
            case UNSUPPORTED_TYPE -> say(snapshot, Phrase.SCREENSHOT_REFUSED_TYPE, limits, Rejection.UNSUPPORTED_TYPE);
            case CORRUPT_IMAGE -> say(snapshot, Phrase.SCREENSHOT_REFUSED_CORRUPT, limits, Rejection.UNSUPPORTED_TYPE);
            case EMPTY, ACCEPTED -> say(snapshot, Phrase.SCREENSHOT_REFUSED_EMPTY, limits, Rejection.NOT_ACCEPTED);
        };
    }

    /** Files of a draft that will never become a ticket. */
    void discard(IntakeSnapshot snapshot) {
        if (snapshot.step() != Step.OPENED) {
            store.delete(snapshot.files());
        }
    }

    private Turn say(IntakeSnapshot snapshot, Phrase why, Map<String, ?> args, Rejection rejection) {
        return new Turn(snapshot, List.of(Reply.of(questions.say(snapshot, why, args))), rejection);
    }
}
