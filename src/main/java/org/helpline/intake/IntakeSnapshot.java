package org.helpline.intake;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import org.helpline.attachments.AttachmentRef;
import org.helpline.tickets.Priority;

/**
 * Everything an intake knows between two messages: its step and the draft so far. Stored with the
 * conversation, so any instance can carry on, and a restart continues at the same question. {@code known} is
 * who the client said they were in their last request, offered for reuse in a new one. {@code contractMisses}
 * counts contract numbers that were malformed or not in the register (0 in snapshots stored before it).
 */
public record IntakeSnapshot(String intakeKey, String lang, Step step, Instant consentedAt, String consentVersion,
                             String description, String name, String contract, String phone, String email,
                             List<AttachmentRef> files, Priority priority, boolean editing, int registerFailures,
                             String ticketNumber, KnownClient known, Integer contractMisses) {

    /** The identity a client gave in an earlier request. */
    public record KnownClient(String name, String contract, String phone, String email) {
    }

    public IntakeSnapshot {
        files = files == null ? List.of() : List.copyOf(files);
        contractMisses = contractMisses == null ? 0 : contractMisses;
    }

    static IntakeSnapshot fresh(String intakeKey, String lang, KnownClient known) {
        return new IntakeSnapshot(intakeKey, lang, Step.CONSENT, null, null, null, null, null, null, null,
                List.of(), null, false, 0, null, known, 0);
    }

    boolean hasScreenshot() {
        return files.stream().anyMatch(file -> file.contentType().startsWith("image/"));
    }

    /** Who this client is, when the draft says so completely. */
    KnownClient identity() {
        return name != null && contract != null && (phone != null || email != null)
                ? new KnownClient(name, contract, phone, email) : known;
    }

    IntakeSnapshot at(Step next) {
        return copy(draft -> draft.step = next);
    }

    IntakeSnapshot consented(Instant at, String version) {
        return copy(draft -> {
            draft.consentedAt = at;
            draft.consentVersion = version;
        });
    }

    IntakeSnapshot withDescription(String text) {
        return copy(draft -> draft.description = text);
    }

    IntakeSnapshot withName(String fullName) {
        return copy(draft -> draft.name = fullName);
    }

    IntakeSnapshot withContract(String number) {
        return copy(draft -> draft.contract = number);
    }

    IntakeSnapshot withContact(String newPhone, String newEmail) {
        return copy(draft -> {
            draft.phone = newPhone;
            draft.email = newEmail;
        });
    }

    IntakeSnapshot withFile(AttachmentRef file) {
        return copy(draft -> draft.files.add(file));
    }

    IntakeSnapshot withPriority(Priority chosen) {
        return copy(draft -> draft.priority = chosen);
    }

    IntakeSnapshot editing(boolean flag) {
        return copy(draft -> draft.editing = flag);
    }

    IntakeSnapshot withRegisterFailures(int failures) {
        return copy(draft -> draft.registerFailures = failures);
    }

    IntakeSnapshot withContractMisses(int misses) {
        return copy(draft -> draft.contractMisses = misses);
    }

    IntakeSnapshot opened(String number) {
        return copy(draft -> {
            draft.step = Step.OPENED;
            draft.editing = false;
            draft.ticketNumber = number;
        });
    }

    /** The same intake with the draft forgotten: nothing personal is kept. */
    IntakeSnapshot forgotten(Step ending) {
        return new IntakeSnapshot(intakeKey, lang, ending, null, null, null, null, null, null, null,
                List.of(), null, false, 0, null, null, 0);
    }

    private IntakeSnapshot copy(Consumer<Draft> change) {
        Draft draft = new Draft(this);
        change.accept(draft);
        return draft.snapshot();
    }

    /** A snapshot being changed: records are immutable, so each change is made on a copy of its fields. */
    private static final class Draft {
        private final String intakeKey;
        private final String lang;
        private final KnownClient known;
        private Step step;
        private Instant consentedAt;
        private String consentVersion;
        private String description;
        private String name;
        private String contract;
        private String phone;
        private String email;
        private final List<AttachmentRef> files;
        private Priority priority;
        private boolean editing;
        private int registerFailures;
        private String ticketNumber;
        private int contractMisses;

        private Draft(IntakeSnapshot from) {
            intakeKey = from.intakeKey;
            lang = from.lang;
            known = from.known;
            step = from.step;
            consentedAt = from.consentedAt;
            consentVersion = from.consentVersion;
            description = from.description;
            name = from.name;
            contract = from.contract;
            phone = from.phone;
            email = from.email;
            files = new ArrayList<>(from.files);
            priority = from.priority;
            editing = from.editing;
            registerFailures = from.registerFailures;
            ticketNumber = from.ticketNumber;
            contractMisses = from.contractMisses;
        }

        private IntakeSnapshot snapshot() {
            return new IntakeSnapshot(intakeKey, lang, step, consentedAt, consentVersion, description, name, contract,
                    phone, email, files, priority, editing, registerFailures, ticketNumber, known,
                    contractMisses);
        }
    }
}
