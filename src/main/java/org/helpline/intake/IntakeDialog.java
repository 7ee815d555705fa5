package org.helpline.intake;

import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.helpline.conversation.Button;
import org.helpline.conversation.Input;
import org.helpline.conversation.Rejection;
import org.helpline.conversation.Reply;
import org.helpline.dialogs.Dialogs;
import org.helpline.knowledge.KnowledgeBase;
import org.helpline.knowledge.Suggestion;
import org.helpline.knowledge.SuggestionFeedback;
import org.helpline.tickets.BusinessHoursSettings;
import org.helpline.tickets.Client;
import org.helpline.tickets.NewTicket;
import org.helpline.tickets.Ticket;
import org.helpline.tickets.Tickets;
import org.springframework.stereotype.Service;

/**
 * The intake dialog's API: from a snapshot and what the client sent, the next snapshot and the replies.
 * Answers are validated here, then the state machine decides whether the step takes them; I/O (knowledge
 * search, files, the ticket) happens outside the machine, so a failure leaves the stored snapshot as it was.
 */
@Service
public class IntakeDialog {

    /** A client at the contract question who does not have the number to hand. */
    private static final Pattern NO_CONTRACT = Pattern.compile(
            "(?iu)не\\s*(помню|знаю)|забыл|нет\\s+(номера|договора)|don'?t\\s+(remember|know)|do\\s+not\\s+(remember|know)"
                    + "|forgot|no\\s+contract");

    private final Dialogs dialogs;
    private final IntakeMachine machine;
    private final Questions questions;
    private final KnowledgeBase knowledge;
    private final SuggestionFeedback feedback;
    private final Tickets tickets;
    private final IntakeFiles files;
    private final ClientRegister register;
    private final IntakeSettings settings;
    private final CallBacks callBacks;
    private final BusinessHoursSettings hours;
    private final Clock clock;

    IntakeDialog(Dialogs dialogs, IntakeMachine machine, Questions questions, KnowledgeBase knowledge,
                 SuggestionFeedback feedback, Tickets tickets, IntakeFiles files, ClientRegister register,
                 IntakeSettings settings, CallBacks callBacks, BusinessHoursSettings hours, Clock clock) {
        this.dialogs = dialogs;
        this.machine = machine;
        this.questions = questions;
        this.knowledge = knowledge;
        this.feedback = feedback;
        this.tickets = tickets;
        this.files = files;
        this.register = register;
        this.settings = settings;
        this.callBacks = callBacks;
        this.hours = hours;
        this.clock = clock;
        dialogs.require(Phrase.keys());
    }

    /** A new intake in {@code lang} (the default language when that one is not offered), greeting the client. */
    public Turn start(String lang) {
        return begin(lang, null);
    }

    /** A new intake; a client who said who they are before is offered to reuse it. */
    private Turn begin(String lang, IntakeSnapshot.KnownClient known) {
        IntakeSnapshot fresh = IntakeSnapshot.fresh(UUID.randomUUID().toString(), dialogs.texts(lang).language(), known);
        return new Turn(fresh, List.of(questions.ask(fresh)), null);
    }

    /** What the bot says when a message could not be handled for a reason that is not the client's. */
    public String unavailable(String lang) {
        return dialogs.texts(lang).get(Phrase.UNAVAILABLE.key());
    }

    /**
     * Whether the intake answers this input itself at any step, even once a ticket is open ({@code /new},
     * {@code /status}, {@code /help}…, or the «Новая заявка» / «Мои заявки» buttons).
     */
    public boolean isCommand(Input input) {
        return command(input).isPresent();
    }

    /** «Новая заявка» and «Мои заявки»: the buttons that follow a ticket or any other end of an intake. */
    public List<Button> waysOn(String lang) {
        return questions.waysOn(lang);
    }

    /** The intake's answer to one input; {@code channel} and {@code conversationId} go on the ticket. */
    public Turn handle(IntakeSnapshot snapshot, Input input, String channel, String conversationId) {
        Optional<Command> command = command(input);
        if (command.isPresent()) {
            return switch (command.get()) {
                case START -> {
                    files.discard(snapshot);
                    yield begin(snapshot.lang(), snapshot.identity());
                }
                case HELP -> new Turn(snapshot, List.of(Reply.of(questions.say(snapshot, Phrase.HELP)),
                        questions.ask(snapshot)), null);
                case CANCEL -> snapshot.step().isEnding()
                        ? new Turn(snapshot, List.of(questions.ask(snapshot)), null)
                        : advance(snapshot, snapshot, Signal.CANCEL, List.of(), channel, conversationId);
                case TICKETS -> myTickets(snapshot, conversationId);
            };
        }
        if (snapshot.step().isEnding()) {
            return new Turn(snapshot, List.of(questions.ask(snapshot)), null);
        }
        return switch (input.kind()) {
            case ACTION -> choose(snapshot, input.text(), channel, conversationId);
            case TEXT -> answer(snapshot, CleanText.of(input.text()), channel, conversationId);
            case FILE -> attach(snapshot, input, channel, conversationId);
        };
    }

    private static Optional<Command> command(Input input) {
        return switch (input.kind()) {
            case TEXT -> Command.of(input.text());
            case ACTION -> Command.ofButton(input.text());
            case FILE -> Optional.empty();
        };
    }

    /** The tickets filed from this conversation, with their status; then the question the client is at. */
    private Turn myTickets(IntakeSnapshot snapshot, String conversationId) {
        List<Ticket> filed = tickets.ofConversation(conversationId);
        String text = filed.isEmpty() ? questions.say(snapshot, Phrase.MY_TICKETS_NONE)
                : questions.say(snapshot, Phrase.MY_TICKETS_LIST) + "\n" + filed.stream()
                .map(ticket -> line(snapshot, ticket))
                .collect(Collectors.joining("\n"));
        if (snapshot.step().isEnding()) {
            return new Turn(snapshot, List.of(new Reply(text, questions.waysOn(snapshot.lang()))), null);
        }
        return new Turn(snapshot, List.of(Reply.of(text), questions.ask(snapshot)), null);
    }

    /** A ticket with its status, and while its clock runs, when the answer or the solution is due. */
    private String line(IntakeSnapshot snapshot, Ticket ticket) {
        Map<String, String> args = Map.of("number", ticket.number(),
                "status", questions.statusLabel(snapshot, ticket.status()),
                "description", Questions.shortened(ticket.description()),
                "due", due(snapshot, ticket.firstResponseAt() == null ? ticket.responseDueAt() : ticket.resolveDueAt()));
        return questions.say(snapshot, ticket.status().clockRuns() ? Phrase.MY_TICKETS_LINE_DUE : Phrase.MY_TICKETS_LINE, args);
    }

    /** A due time as the client reads it, in Moscow (the calendar's) time: «11:00 (МСК), понедельник, 7 декабря». */
    private String due(IntakeSnapshot snapshot, Instant at) {
        DateTimeFormatter format = DateTimeFormatter.ofPattern(questions.say(snapshot, Phrase.OPENED_DUE_FORMAT),
                Locale.forLanguageTag(snapshot.lang()));
        return format.format(at.atZone(hours.zone()));
    }

    private Turn choose(IntakeSnapshot snapshot, String value, String channel, String conversationId) {
        OptionalInt article = Choice.helpedArticle(value);
        if (article.isPresent()) {
            return helped(snapshot, article.getAsInt(), channel, conversationId);
        }
        Optional<Choice> choice = Choice.of(value);
        if (choice.isEmpty()) {
            return stale(snapshot);
        }
        if (choice.get() == Choice.HELPED) {
            return helped(snapshot, 0, channel, conversationId);
        }
        if (choice.get() == Choice.CANNOT_SCREENSHOT) {
            return snapshot.step() == Step.SCREENSHOT
                    ? new Turn(snapshot, List.of(questions.howToScreenshot(snapshot)), null) : stale(snapshot);
        }
        if (choice.get() == Choice.REUSE_IDENTITY) {
            return reuseIdentity(snapshot, channel, conversationId);
        }
        IntakeSnapshot chosen = choice.get().priority() != null ? snapshot.withPriority(choice.get().priority()) : snapshot;
        return advance(snapshot, chosen, choice.get().signal(), List.of(), channel, conversationId);
    }

    /**
     * «Помогло» for the article at {@code place} among those shown (from 1), or 0 when the only «Помогло» button did
     * not say which: recorded for that article before the intake ends.
     */
    private Turn helped(IntakeSnapshot snapshot, int place, String channel, String conversationId) {
        List<String> shown = feedback.shownTo(snapshot.intakeKey());
        if (snapshot.step() != Step.SUGGESTIONS || place > shown.size()) {
            return stale(snapshot);
        }
        feedback.helped(snapshot.intakeKey(), place == 0 ? null : shown.get(place - 1));
        return advance(snapshot, snapshot, Signal.HELPED, List.of(), channel, conversationId);
    }

    /** The client confirms they are who they were last time: name, contract and contact are not asked again. */
    private Turn reuseIdentity(IntakeSnapshot snapshot, String channel, String conversationId) {
        IntakeSnapshot.KnownClient known = snapshot.known();
        IntakeSnapshot identified = known == null ? snapshot : snapshot.withName(known.name())
                .withContract(known.contract()).withContact(known.phone(), known.email());
        Optional<IntakeSnapshot> moved = machine.fire(snapshot, identified, Signal.IDENTITY_REUSED);
        if (moved.isEmpty()) {
            return stale(snapshot);
        }
        if (!register.matches(known.contract(), Identity.surname(known.name()))) {
            return retry(snapshot, Phrase.NAME_PROMPT);
        }
        return arrive(snapshot, moved.get(), Signal.IDENTITY_REUSED, List.of(), channel, conversationId);
    }

    private Turn answer(IntakeSnapshot snapshot, String text, String channel, String conversationId) {
        return switch (snapshot.step()) {
            case CONSENT, SUGGESTIONS, MORE_FILES, PRIORITY, SUMMARY -> byLabel(snapshot, text, channel, conversationId);
            case DESCRIPTION -> describe(snapshot, text, channel, conversationId);
            case NAME -> Identity.fullName(text)
                    .map(name -> advance(snapshot, snapshot.withName(name),
                            snapshot.editing() && !register.configured() ? Signal.EDITED : Signal.NAME_GIVEN,
                            List.of(), channel, conversationId))
                    .orElseGet(() -> refuseText(snapshot, Reply.of(questions.say(snapshot, Phrase.NAME_INVALID))));
            case CONTRACT -> contractTyped(snapshot, text, channel, conversationId);
            case CONTACT -> Identity.contact(text)
                    .map(contact -> advance(snapshot, snapshot.withContact(contact.phone(), contact.email()),
                            snapshot.editing() ? Signal.EDITED : Signal.CONTACT_GIVEN, List.of(), channel, conversationId))
                    .orElseGet(() -> refuseText(snapshot, Reply.of(questions.say(snapshot, Phrase.CONTACT_INVALID))));
            case SCREENSHOT -> new Turn(snapshot, List.of(questions.howToScreenshot(snapshot)), null);
            case CALLBACK -> callBack(snapshot, text, channel, conversationId);
            default -> throw new IllegalStateException("No answer is expected at " + snapshot.step());
        };
    }

    /** A client who types a button's label instead of pressing it means the same. */
    private Turn byLabel(IntakeSnapshot snapshot, String text, String channel, String conversationId) {
        Reply question = questions.ask(snapshot);
        String typed = withoutQuotes(text);
        return question.buttons().stream()
                .filter(button -> withoutQuotes(button.label()).equalsIgnoreCase(typed))
                .findFirst()
                .map(button -> choose(snapshot, button.value(), channel, conversationId))
                .orElseGet(() -> {
                    String options = question.buttons().stream().map(b -> "«" + b.label() + "»")
                            .reduce((a, b) -> a + ", " + b).orElse("");
                    return new Turn(snapshot, List.of(new Reply(
                            questions.say(snapshot, Phrase.CHOOSE_BUTTON, Map.of("options", options)),
                            question.buttons())), null);
                });
    }

    /** Quotes and end punctuation do not matter when a label is typed (an article's title may carry them too). */
    private static String withoutQuotes(String text) {
        return text.replaceAll("[«»\"'!.]", "").strip();
    }

    private Turn describe(IntakeSnapshot snapshot, String text, String channel, String conversationId) {
        Optional<Phrase> problem = DescriptionRules.problemWith(text, snapshot.lang(), settings);
        if (problem.isPresent()) {
            return refuseText(snapshot, Reply.of(questions.say(snapshot, problem.get(),
                    Map.of("min", settings.minDescription(), "max", settings.maxDescription()))));
        }
        IntakeSnapshot described = snapshot.withDescription(text);
        if (snapshot.editing()) {
            return advance(snapshot, described, Signal.EDITED, List.of(), channel, conversationId);
        }
        List<Suggestion> found = knowledge.suggest(snapshot.lang(), text);
        feedback.shown(snapshot.intakeKey(), snapshot.lang(), text, found.stream().map(Suggestion::id).toList());
        if (found.isEmpty()) {
            return advance(snapshot, described, Signal.DESCRIBED, List.of(), channel, conversationId);
        }
        IntakeSnapshot suggesting = machine.fire(snapshot, described, Signal.DESCRIBED_WITH_SUGGESTIONS).orElseThrow();
        return new Turn(suggesting, List.of(questions.suggestions(suggesting, found)), null);
    }

    /** A contract number, or «не помню»: then the phone line and a call-back are offered at once. */
    private Turn contractTyped(IntakeSnapshot snapshot, String text, String channel, String conversationId) {
        if (NO_CONTRACT.matcher(text).find()) {
            IntakeSnapshot lost = snapshot.withContractMisses(Math.max(snapshot.contractMisses(), Questions.MISSES_BEFORE_CALLBACK));
            return new Turn(lost, List.of(questions.contract(lost, questions.say(snapshot, Phrase.CALLBACK_NO_CONTRACT))), null);
        }
        Optional<String> contract = Identity.contract(text, settings.contractPattern());
        if (contract.isPresent()) {
            return contract(snapshot, contract.get(), channel, conversationId);
        }
        IntakeSnapshot missed = snapshot.withContractMisses(snapshot.contractMisses() + 1);
        return refuseText(missed, questions.contract(missed, questions.say(snapshot, Phrase.CONTRACT_INVALID)));
    }

    private Turn contract(IntakeSnapshot snapshot, String contract, String channel, String conversationId) {
        String surname = Identity.surname(snapshot.name());
        if (register.matches(contract, surname)) {
            return advance(snapshot, snapshot.withContract(contract).withRegisterFailures(0),
                    snapshot.editing() ? Signal.EDITED : Signal.CONTRACT_GIVEN, List.of(), channel, conversationId);
        }
        int failures = snapshot.registerFailures() + 1;
        IntakeSnapshot failed = snapshot.withRegisterFailures(failures).withContractMisses(snapshot.contractMisses() + 1);
        if (failures >= settings.registerTries()) {
            return advance(snapshot, failed, Signal.REFUSE, List.of(), channel, conversationId);
        }
        String notFound = questions.say(snapshot, Phrase.CONTRACT_NOT_FOUND, Map.of("contract", contract,
                "surname", surname, "left", settings.registerTries() - failures));
        return new Turn(failed, List.of(questions.contract(failed, notFound)), null);
    }

    /** A phone to call back on is stored for the staff before the draft is forgotten. */
    private Turn callBack(IntakeSnapshot snapshot, String text, String channel, String conversationId) {
        Optional<String> phone = Identity.contact(text).map(Identity.Contact::phone);
        if (phone.isEmpty()) {
            return refuseText(snapshot, Reply.of(questions.say(snapshot, Phrase.CALLBACK_INVALID)));
        }
        callBacks.request(new CallBacks.CallBack(snapshot.intakeKey(), snapshot.name(), phone.get(),
                snapshot.description(), snapshot.lang(), channel, conversationId, clock.instant()));
        return advance(snapshot, snapshot.withContact(phone.get(), null), Signal.CALLBACK_LEFT, List.of(),
                channel, conversationId);
    }

    private Turn attach(IntakeSnapshot snapshot, Input input, String channel, String conversationId) {
        if (snapshot.step() == Step.CONSENT) {
            return byLabel(snapshot, "", channel, conversationId);
        }
        return switch (files.take(snapshot, input)) {
            case IntakeFiles.Refused refused -> refused.turn();
            case IntakeFiles.Stored stored -> {
                Map<String, String> file = Map.of("file", stored.file().filename());
                Reply received = Reply.of(questions.say(snapshot, Phrase.SCREENSHOT_RECEIVED, file));
                yield switch (snapshot.step()) {
                    case SCREENSHOT -> advance(snapshot, stored.attached(), Signal.SCREENSHOT_GIVEN, List.of(received),
                            channel, conversationId);
                    case MORE_FILES, PRIORITY, SUMMARY ->
                            new Turn(stored.attached(), List.of(received, questions.ask(stored.attached())), null);
                    default -> new Turn(stored.attached(), List.of(stored.image()
                            ? Reply.of(questions.say(snapshot, Phrase.SCREENSHOT_EARLY_RECEIVED, file)) : received,
                            questions.ask(stored.attached())), null);
                };
            }
        };
    }

    /** Fires {@code signal} at the step of {@code before}: {@code after} moves on, or the answer was a stale button. */
    private Turn advance(IntakeSnapshot before, IntakeSnapshot after, Signal signal, List<Reply> prefix,
                         String channel, String conversationId) {
        return machine.fire(before, after, signal)
                .map(moved -> arrive(before, moved, signal, prefix, channel, conversationId))
                .orElseGet(() -> stale(before));
    }

    /** What the step the intake moved to does on entry: record consent, open the ticket, forget the draft, ask. */
    private Turn arrive(IntakeSnapshot before, IntakeSnapshot arrived, Signal signal, List<Reply> prefix,
                        String channel, String conversationId) {
        IntakeSnapshot moved = arrived;
        if (signal == Signal.AGREE) {
            moved = moved.consented(clock.instant(), questions.say(before, Phrase.CONSENT_VERSION));
        }
        if (signal == Signal.NOT_HELPED) {
            feedback.notHelped(before.intakeKey());
        }
        List<Reply> replies = new ArrayList<>(prefix);
        return switch (moved.step()) {
            case OPENED -> open(moved, replies, channel, conversationId);
            case DECLINED -> forget(moved, replies, Phrase.CONSENT_DECLINED);
            case SELF_RESOLVED -> forget(moved, replies, Phrase.SUGGESTIONS_RESOLVED);
            case CANCELLED -> forget(moved, replies, Phrase.CANCELLED);
            case REFUSED -> forget(moved, replies, Phrase.CONTRACT_REFUSED);
            case CALLBACK_REQUESTED -> forget(moved, replies, Phrase.CALLBACK_REQUESTED);
            case SCREENSHOT -> moved.hasScreenshot()
                    ? advance(moved, moved, Signal.SCREENSHOT_GIVEN,
                    Stream.concat(replies.stream(), Stream.of(Reply.of(questions.say(moved, Phrase.SCREENSHOT_ALREADY_HAVE)))).toList(),
                    channel, conversationId)
                    : asked(moved, replies);
            default -> asked(moved, replies);
        };
    }

    private Turn asked(IntakeSnapshot snapshot, List<Reply> replies) {
        replies.add(questions.ask(snapshot));
        return new Turn(snapshot, replies, null);
    }

    private Turn open(IntakeSnapshot snapshot, List<Reply> replies, String channel, String conversationId) {
        Ticket ticket = tickets.open(new NewTicket(snapshot.intakeKey(), conversationId,
                new Client(snapshot.name(), snapshot.contract(), snapshot.phone(), snapshot.email(), channel),
                snapshot.description(), snapshot.priority(), snapshot.files(), snapshot.consentedAt(),
                snapshot.consentVersion()));
        replies.add(new Reply(questions.say(snapshot, Phrase.OPENED_MESSAGE,
                Map.of("number", ticket.number(), "due", due(snapshot, ticket.responseDueAt()))), questions.waysOn(snapshot.lang())));
        return new Turn(snapshot.opened(ticket.number()), replies, null);
    }

    /** An ending without a ticket: the draft's files are deleted and nothing personal is kept. */
    private Turn forget(IntakeSnapshot snapshot, List<Reply> replies, Phrase farewell) {
        files.discard(snapshot);
        IntakeSnapshot forgotten = snapshot.forgotten(snapshot.step());
        String text = questions.say(forgotten, farewell, Map.of("client_phone", String.valueOf(snapshot.phone())));
        replies.add(new Reply(text, questions.waysOn(snapshot.lang())));
        return new Turn(forgotten, replies, null);
    }

    /** A typed answer the step does not take: the client is told why, and a chat page may keep the text to correct it. */
    private static Turn refuseText(IntakeSnapshot snapshot, Reply why) {
        return new Turn(snapshot, List.of(why), Rejection.TEXT_REFUSED);
    }

    private Turn retry(IntakeSnapshot snapshot, Phrase why) {
        return new Turn(snapshot, List.of(Reply.of(questions.say(snapshot, why))), null);
    }

    private Turn stale(IntakeSnapshot snapshot) {
        return new Turn(snapshot, List.of(Reply.of(questions.say(snapshot, Phrase.STALE_BUTTON)),
                questions.ask(snapshot)), null);
    }
}
