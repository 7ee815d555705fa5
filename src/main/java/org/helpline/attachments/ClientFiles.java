package org.helpline.attachments;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.helpline.conversation.Input;
import org.helpline.conversation.Rejection;
import org.helpline.dialogs.Dialogs;
import org.springframework.stereotype.Service;

/**
 * A client's files, whoever takes them (the intake, the handoff): judged by their bytes, and stored only
 * once accepted, so nothing unjudged ever reaches the store. A refused file comes with what to tell the
 * client, in their language, and why, for channels that answer a refused upload with a status of their own.
 */
@Service
public class ClientFiles {

    private static final List<String> PHRASES = List.of("screenshot.refused_empty", "screenshot.refused_size",
            "screenshot.refused_type", "screenshot.refused_pixels", "screenshot.refused_corrupt");

    private final AttachmentInspector inspector;
    private final AttachmentStore store;
    private final AttachmentSettings settings;
    private final Dialogs dialogs;

    ClientFiles(AttachmentInspector inspector, AttachmentStore store, AttachmentSettings settings, Dialogs dialogs) {
        this.inspector = inspector;
        this.store = store;
        this.settings = settings;
        this.dialogs = dialogs;
        dialogs.require(PHRASES);
    }

    /** Why a file was refused: what to tell the client, and the reason for the channel. */
    public record Refusal(String message, Rejection rejection) {
    }

    /** A file the client sent, judged: either refused, or accepted and ready to {@link #store}. */
    public static final class Judged {
        private final byte[] bytes;
        private final Inspection inspection;
        private final Refusal refusal;

        private Judged(byte[] bytes, Inspection inspection, Refusal refusal) {
            this.bytes = bytes;
            this.inspection = inspection;
            this.refusal = refusal;
        }

        public Optional<Refusal> refusal() {
            return Optional.ofNullable(refusal);
        }

        /** Whether the bytes are an image (a screenshot), as opposed to a document or an archive. */
        public boolean image() {
            return inspection.kind() == FileKind.IMAGE;
        }
    }

    /**
     * Judges a file by its bytes (its filename only supplies the name it is saved under); a file the channel
     * left unfetched, as it declared a size above the limit, is judged too large by that alone.
     */
    public Judged judge(Input file, String lang) {
        Inspection inspection = file.unfetched() ? inspector.tooLarge(file.filename())
                : inspector.inspect(file.bytes(), file.filename());
        return new Judged(file.bytes(), inspection, inspection.accepted() ? null : refusal(inspection, lang));
    }

    /** Stores an accepted file; {@code owner} (the intake's key) is kept with it. */
    public AttachmentRef store(Judged file, String owner) {
        if (file.refusal != null) {
            throw new IllegalArgumentException("A refused file is never stored");
        }
        return store.store(file.bytes, file.inspection.safeFilename(), file.inspection.contentType(), owner);
    }

    public Optional<StoredFile> open(String id) {
        return store.open(id);
    }

    /** Deletes files that will never reach a ticket. */
    public void delete(Collection<AttachmentRef> files) {
        store.delete(files);
    }

    /** Deletes every file the intakes {@code owners} kept (a client asked to be forgotten); returns how many. */
    public int deleteOwnedBy(Collection<String> owners) {
        return store.deleteOwnedBy(owners);
    }

    private Refusal refusal(Inspection inspection, String lang) {
        var texts = dialogs.texts(lang);
        Map<String, Object> limits = Map.of("max_mb", settings.maxSize().toMegabytes());
        return switch (inspection.verdict()) {
            case TOO_LARGE -> new Refusal(texts.get("screenshot.refused_size", limits), Rejection.TOO_LARGE);
            case TOO_MANY_PIXELS -> new Refusal(texts.get("screenshot.refused_pixels", limits), Rejection.TOO_LARGE);
            case UNSUPPORTED_TYPE -> new Refusal(texts.get("screenshot.refused_type", limits), Rejection.UNSUPPORTED_TYPE);
            case CORRUPT_IMAGE -> new Refusal(texts.get("screenshot.refused_corrupt", limits), Rejection.UNSUPPORTED_TYPE);
            case EMPTY, ACCEPTED -> new Refusal(texts.get("screenshot.refused_empty", limits), Rejection.NOT_ACCEPTED);
        };
    }
}
