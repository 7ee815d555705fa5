package org.helpline.intake;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.helpline.tickets.AttachmentRef;
import org.helpline.tickets.Priority;

/**
 * Everything an intake knows between two messages: its step and the draft so far. Stored with the
 * conversation, so any instance can carry on, and a restart continues at the same question.
 */
public record IntakeSnapshot(String intakeKey, String lang, Step step, Instant consentedAt, String consentVersion,
                             String description, String name, String contract, String phone, String email,
                             List<AttachmentRef> files, Priority priority, boolean editing, int registerFailures,
                             String ticketNumber) {

    public IntakeSnapshot {
        files = files == null ? List.of() : List.copyOf(files);
    }

    static IntakeSnapshot fresh(String intakeKey, String lang) {
        return new IntakeSnapshot(intakeKey, lang, Step.CONSENT, null, null, null, null, null, null, null,
                List.of(), null, false, 0, null);
    }

    boolean hasScreenshot() {
        return files.stream().anyMatch(file -> file.contentType().startsWith("image/"));
    }

    IntakeSnapshot at(Step next) {
        return new IntakeSnapshot(intakeKey, lang, next, consentedAt, consentVersion, description, name, contract,
                phone, email, files, priority, editing, registerFailures, ticketNumber);
    }

    IntakeSnapshot consented(Instant at, String version) {
        return new IntakeSnapshot(intakeKey, lang, step, at, version, description, name, contract, phone, email,
                files, priority, editing, registerFailures, ticketNumber);
    }

    IntakeSnapshot withDescription(String text) {
        return new IntakeSnapshot(intakeKey, lang, step, consentedAt, consentVersion, text, name, contract, phone,
                email, files, priority, editing, registerFailures, ticketNumber);
    }

    IntakeSnapshot withName(String fullName) {
        return new IntakeSnapshot(intakeKey, lang, step, consentedAt, consentVersion, description, fullName, contract,
                phone, email, files, priority, editing, registerFailures, ticketNumber);
    }

    IntakeSnapshot withContract(String number) {
        return new IntakeSnapshot(intakeKey, lang, step, consentedAt, consentVersion, description, name, number,
                phone, email, files, priority, editing, registerFailures, ticketNumber);
    }

    IntakeSnapshot withContact(String newPhone, String newEmail) {
        return new IntakeSnapshot(intakeKey, lang, step, consentedAt, consentVersion, description, name, contract,
                newPhone, newEmail, files, priority, editing, registerFailures, ticketNumber);
    }

    IntakeSnapshot withFile(AttachmentRef file) {
        List<AttachmentRef> more = new ArrayList<>(files);
        more.add(file);
        return new IntakeSnapshot(intakeKey, lang, step, consentedAt, consentVersion, description, name, contract,
                phone, email, more, priority, editing, registerFailures, ticketNumber);
    }

    IntakeSnapshot withPriority(Priority chosen) {
        return new IntakeSnapshot(intakeKey, lang, step, consentedAt, consentVersion, description, name, contract,
                phone, email, files, chosen, editing, registerFailures, ticketNumber);
    }

    IntakeSnapshot editing(boolean flag) {
        return new IntakeSnapshot(intakeKey, lang, step, consentedAt, consentVersion, description, name, contract,
                phone, email, files, priority, flag, registerFailures, ticketNumber);
    }

    IntakeSnapshot withRegisterFailures(int failures) {
        return new IntakeSnapshot(intakeKey, lang, step, consentedAt, consentVersion, description, name, contract,
                phone, email, files, priority, editing, failures, ticketNumber);
    }

    IntakeSnapshot opened(String number) {
        return new IntakeSnapshot(intakeKey, lang, Step.OPENED, consentedAt, consentVersion, description, name,
                contract, phone, email, files, priority, false, registerFailures, number);
    }

    /** The same intake with the draft forgotten: nothing personal is kept. */
    IntakeSnapshot forgotten(Step ending) {
        return new IntakeSnapshot(intakeKey, lang, ending, null, null, null, null, null, null, null,
                List.of(), null, false, 0, null);
    }
}
