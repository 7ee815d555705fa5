package org.helpline.intake;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
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
import org.helpline.tickets.TicketStatus;
import org.springframework.stereotype.Component;

/** What the bot asks at each step, in the client's language, with the buttons that step offers. */
@Component
class Questions {

    /** The knowledge-base article that shows how to take a screenshot on a computer or a phone. */
    static final String HOW_TO_SCREENSHOT = "how-to-screenshot";
    /** The articles behind the short consent and priority questions: the details, one tap away. */
    static final String PERSONAL_DATA = "personal-data";
    static final String PRIORITY_LEVELS = "priority-levels";
    /** Failed contract numbers after which the phone line and a call-back are offered. */
    static final int MISSES_BEFORE_CALLBACK = 2;

    private final Dialogs dialogs;
    private final KnowledgeBase knowledge;
    private final AttachmentSettings attachments;

    Questions(Dialogs dialogs, KnowledgeBase knowledge, AttachmentSettings attachments) {
        this.dialogs = dialogs;
        this.knowledge = knowledge;
        this.attachments = attachments;
        dialogs.require(Arrays.stream(TicketStatus.values()).map(Questions::statusKey).toList());
    }

    /** A ticket's status as «Мои заявки» shows it: the same words the engineers' card uses. */
    String statusLabel(IntakeSnapshot snapshot, TicketStatus status) {
        return texts(snapshot).get(statusKey(status));
    }

    private static String statusKey(TicketStatus status) {
        return "staff.status_" + status.name().toLowerCase(Locale.ROOT);
    }

    /** The start of a description, for a list line. */
    static String shortened(String description) {
        String line = description == null ? "" : description.replaceAll("\\s+", " ").strip();
        return line.length() <= 60 ? line : line.substring(0, 59).strip() + "…";
    }

    Texts texts(IntakeSnapshot snapshot) {
        return dialogs.texts(snapshot.lang());
    }

    String say(IntakeSnapshot snapshot, Phrase phrase) {
        return texts(snapshot).get(phrase.key());
    }

    String say(IntakeSnapshot snapshot, Phrase phrase, Map<String, ?> args) {
        return texts(snapshot).get(phrase.key(), args);
    }

    Reply ask(IntakeSnapshot snapshot) {
        return switch (snapshot.step()) {
            case CONSENT -> Reply.of(say(snapshot, Phrase.CONSENT_PROMPT, details(snapshot, PERSONAL_DATA)),
                    button(snapshot, Choice.AGREE, Phrase.CONSENT_AGREE),
                    button(snapshot, Choice.DECLINE, Phrase.CONSENT_DECLINE));
            case DESCRIPTION -> Reply.of(say(snapshot, Phrase.DESCRIPTION_PROMPT));
            case SUGGESTIONS -> suggestions(snapshot, knowledge.suggest(snapshot.lang(), snapshot.description()));
            case NAME -> snapshot.known() != null && !snapshot.editing() ? knownClient(snapshot) : Reply.of(say(snapshot, Phrase.NAME_PROMPT));
            case CONTRACT -> contract(snapshot, say(snapshot, Phrase.CONTRACT_PROMPT));
            case CONTACT -> Reply.of(say(snapshot, Phrase.CONTACT_PROMPT));
            case SCREENSHOT -> Reply.of(say(snapshot, Phrase.SCREENSHOT_PROMPT, Map.of("max_mb", maxMegabytes())),
                    button(snapshot, Choice.CANNOT_SCREENSHOT, Phrase.SCREENSHOT_CANNOT));
            case CALLBACK -> Reply.of(say(snapshot, Phrase.CALLBACK_PROMPT));
            case MORE_FILES -> Reply.of(say(snapshot, Phrase.SCREENSHOT_MORE, Map.of("max_mb", maxMegabytes(),
                    "done", say(snapshot, Phrase.SCREENSHOT_DONE))), button(snapshot, Choice.FILES_DONE, Phrase.SCREENSHOT_DONE));
            case PRIORITY -> new Reply(say(snapshot, Phrase.PRIORITY_PROMPT, details(snapshot, PRIORITY_LEVELS)),
                    priorityButtons(snapshot));
            case SUMMARY -> summary(snapshot);
            case OPENED -> new Reply(say(snapshot, Phrase.OPENED_LATER, Map.of("number", snapshot.ticketNumber())),
                    waysOn(snapshot.lang()));
            case DECLINED, SELF_RESOLVED, CANCELLED, REFUSED, CALLBACK_REQUESTED ->
                    new Reply(say(snapshot, Phrase.FINISHED), waysOn(snapshot.lang()));
        };
    }

    /**
     * The contract question (or {@code text} in its place), with «Исправить ФИО» after a miss in the register,
     * and after repeated misses the phone line and «Перезвоните мне».
     */
    Reply contract(IntakeSnapshot snapshot, String text) {
        List<Button> buttons = new ArrayList<>();
        if (snapshot.contractMisses() >= MISSES_BEFORE_CALLBACK) {
            text = text + "\n" + say(snapshot, Phrase.CALLBACK_OFFER);
            buttons.add(button(snapshot, Choice.CALL_BACK, Phrase.CALLBACK_BUTTON));
        }
        if (snapshot.registerFailures() > 0) {
            buttons.add(button(snapshot, Choice.FIX_NAME, Phrase.CONTRACT_FIX_NAME));
        }
        return new Reply(text, buttons);
    }

    private Map<String, String> details(IntakeSnapshot snapshot, String article) {
        return Map.of("url", knowledge.articleUrl(article, snapshot.lang()));
    }

    /** How to take a screenshot, or photograph the screen with a phone: the screenshot stays required. */
    Reply howToScreenshot(IntakeSnapshot snapshot) {
        return Reply.of(say(snapshot, Phrase.SCREENSHOT_HOW, Map.of("url",
                knowledge.articleUrl(HOW_TO_SCREENSHOT, snapshot.lang()), "max_mb", maxMegabytes())));
    }

    /** What a client can do once an intake is over: file a new request, or see the ones they have. */
    List<Button> waysOn(String lang) {
        Texts texts = dialogs.texts(lang);
        return List.of(Command.START.button(texts.get(Phrase.NEW_REQUEST.key())),
                Command.TICKETS.button(texts.get(Phrase.MY_TICKETS.key())));
    }

    Reply suggestions(IntakeSnapshot snapshot, List<Suggestion> found) {
        String articles = found.stream()
                .map(article -> say(snapshot, Phrase.SUGGESTIONS_ARTICLE, Map.of("title", article.title(),
                        "answer", article.shortAnswer(), "url", article.url())))
                .collect(Collectors.joining("\n\n"));
        boolean several = found.size() > 1;
        List<Button> buttons = new ArrayList<>();
        if (several) {
            // one «helped» per article, so the count goes to the article the client actually read
            for (int place = 1; place <= found.size(); place++) {
                buttons.add(Choice.helpedArticle(place, say(snapshot, Phrase.SUGGESTIONS_HELPED_ARTICLE,
                        Map.of("title", shortened(found.get(place - 1).title())))));
            }
        } else {
            buttons.add(button(snapshot, Choice.HELPED, Phrase.SUGGESTIONS_HELPED));
        }
        buttons.add(button(snapshot, Choice.NOT_HELPED, Phrase.SUGGESTIONS_CONTINUE));
        return new Reply(say(snapshot, Phrase.SUGGESTIONS_PROMPT) + "\n\n" + articles + "\n\n"
                + say(snapshot, several ? Phrase.SUGGESTIONS_QUESTION_WHICH : Phrase.SUGGESTIONS_QUESTION), buttons);
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
