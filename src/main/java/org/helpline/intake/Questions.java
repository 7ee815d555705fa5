package org.helpline.intake;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.helpline.attachments.AttachmentRef;
import org.helpline.attachments.AttachmentSettings;
import org.helpline.conversation.Button;
import org.helpline.conversation.Reply;
import org.helpline.dialogs.Dialogs;
import org.helpline.dialogs.Texts;
import org.helpline.knowledge.KnowledgeBase;
import org.helpline.knowledge.Suggestion;
import org.helpline.tickets.Priority;
import org.springframework.stereotype.Component;

/** What the bot asks at each step, in the client's language, with the buttons that step offers. */
@Component
class Questions {

    static final int SUGGESTIONS = 3;

    private final Dialogs dialogs;
    private final KnowledgeBase knowledge;
    private final AttachmentSettings attachments;

    Questions(Dialogs dialogs, KnowledgeBase knowledge, AttachmentSettings attachments) {
        this.dialogs = dialogs;
        this.knowledge = knowledge;
        this.attachments = attachments;
    }

    Texts texts(IntakeSnapshot snapshot) {
        return dialogs.texts(snapshot.lang());
    }

    String say(IntakeSnapshot snapshot, Phrase phrase) {
        return texts(snapshot).get(phrase.key(), Map.of("phone", texts(snapshot).get(Phrase.PHONE.key())));
    }

    String say(IntakeSnapshot snapshot, Phrase phrase, Map<String, ?> args) {
        return texts(snapshot).get(phrase.key(), args);
    }

    Reply ask(IntakeSnapshot snapshot) {
        return switch (snapshot.step()) {
            case CONSENT -> Reply.of(say(snapshot, Phrase.CONSENT_PROMPT),
                    button(snapshot, Choice.AGREE, Phrase.CONSENT_AGREE),
                    button(snapshot, Choice.DECLINE, Phrase.CONSENT_DECLINE));
            case DESCRIPTION -> Reply.of(say(snapshot, Phrase.DESCRIPTION_PROMPT));
            case SUGGESTIONS -> suggestions(snapshot, knowledge.suggest(snapshot.lang(), snapshot.description(), SUGGESTIONS));
            case NAME -> snapshot.known() != null && !snapshot.editing() ? knownClient(snapshot) : Reply.of(say(snapshot, Phrase.NAME_PROMPT));
            case CONTRACT -> snapshot.registerFailures() > 0
                    ? Reply.of(say(snapshot, Phrase.CONTRACT_PROMPT), button(snapshot, Choice.FIX_NAME, Phrase.CONTRACT_FIX_NAME))
                    : Reply.of(say(snapshot, Phrase.CONTRACT_PROMPT));
            case CONTACT -> Reply.of(say(snapshot, Phrase.CONTACT_PROMPT));
            case SCREENSHOT -> Reply.of(say(snapshot, Phrase.SCREENSHOT_PROMPT, Map.of("max_mb", maxMegabytes())));
            case MORE_FILES -> Reply.of(say(snapshot, Phrase.SCREENSHOT_MORE, Map.of("max_mb", maxMegabytes(),
                    "done", say(snapshot, Phrase.SCREENSHOT_DONE))), button(snapshot, Choice.FILES_DONE, Phrase.SCREENSHOT_DONE));
            case PRIORITY -> new Reply(say(snapshot, Phrase.PRIORITY_PROMPT), priorityButtons(snapshot));
            case SUMMARY -> summary(snapshot);
            case OPENED -> Reply.of(say(snapshot, Phrase.OPENED_LATER, Map.of("number", snapshot.ticketNumber())));
            case DECLINED, SELF_RESOLVED, CANCELLED, REFUSED -> Reply.of(say(snapshot, Phrase.FINISHED));
        };
    }

    Reply suggestions(IntakeSnapshot snapshot, List<Suggestion> found) {
        String articles = found.stream()
                .map(article -> say(snapshot, Phrase.SUGGESTIONS_ARTICLE, Map.of("title", article.title(),
                        "answer", article.shortAnswer(), "url", article.url())))
                .collect(Collectors.joining("\n\n"));
        return Reply.of(say(snapshot, Phrase.SUGGESTIONS_PROMPT) + "\n\n" + articles + "\n\n"
                        + say(snapshot, Phrase.SUGGESTIONS_QUESTION),
                button(snapshot, Choice.HELPED, Phrase.SUGGESTIONS_HELPED),
                button(snapshot, Choice.NOT_HELPED, Phrase.SUGGESTIONS_CONTINUE));
    }

    String priorityLabel(IntakeSnapshot snapshot, Priority priority) {
        return say(snapshot, switch (priority) {
            case CRITICAL -> Phrase.PRIORITY_CRITICAL;
            case URGENT -> Phrase.PRIORITY_URGENT;
            case NORMAL -> Phrase.PRIORITY_NORMAL;
            case LOW -> Phrase.PRIORITY_LOW;
        });
    }

    long maxMegabytes() {
        return attachments.maxSize().toMegabytes();
    }

    private Reply knownClient(IntakeSnapshot snapshot) {
        IntakeSnapshot.KnownClient known = snapshot.known();
        String text = say(snapshot, Phrase.NAME_PROMPT_KNOWN, Map.of("name", known.name(), "contract", known.contract(),
                "contact", known.phone() != null ? known.phone() : known.email()));
        return Reply.of(text, button(snapshot, Choice.REUSE_IDENTITY, Phrase.NAME_REUSE));
    }

    private List<Button> priorityButtons(IntakeSnapshot snapshot) {
        return List.of(Priority.values()).stream()
                .map(priority -> Choice.of(priority).button(priorityLabel(snapshot, priority)))
                .toList();
    }

    private Reply summary(IntakeSnapshot snapshot) {
        String files = snapshot.files().isEmpty() ? "—"
                : snapshot.files().stream().map(AttachmentRef::filename).collect(Collectors.joining(", "));
        String text = say(snapshot, Phrase.SUMMARY_PROMPT, Map.of(
                "description", snapshot.description(),
                "name", snapshot.name(),
                "contract", snapshot.contract(),
                "contact", snapshot.phone() != null ? snapshot.phone() : snapshot.email(),
                "files", files,
                "priority", priorityLabel(snapshot, snapshot.priority())));
        return Reply.of(text,
                button(snapshot, Choice.CONFIRM, Phrase.SUMMARY_CONFIRM),
                button(snapshot, Choice.EDIT_DESCRIPTION, Phrase.SUMMARY_EDIT_DESCRIPTION),
                button(snapshot, Choice.EDIT_NAME, Phrase.SUMMARY_EDIT_NAME),
                button(snapshot, Choice.EDIT_CONTRACT, Phrase.SUMMARY_EDIT_CONTRACT),
                button(snapshot, Choice.EDIT_CONTACT, Phrase.SUMMARY_EDIT_CONTACT),
                button(snapshot, Choice.EDIT_PRIORITY, Phrase.SUMMARY_EDIT_PRIORITY));
    }

    private Button button(IntakeSnapshot snapshot, Choice choice, Phrase label) {
        return choice.button(say(snapshot, label));
    }
}
