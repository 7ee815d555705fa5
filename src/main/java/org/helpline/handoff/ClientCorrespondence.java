package org.helpline.handoff;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.helpline.attachments.AttachmentRef;
import org.helpline.attachments.ClientFiles;
import org.helpline.conversation.Button;
import org.helpline.conversation.ConversationHandler;
import org.helpline.conversation.Input;
import org.helpline.conversation.Reply;
import org.helpline.dialogs.Dialogs;
import org.helpline.dialogs.Texts;
import org.helpline.intake.IntakeDialog;
import org.helpline.tickets.Ticket;
import org.helpline.tickets.TicketNotFoundException;
import org.helpline.tickets.TicketSettings;
import org.helpline.tickets.TicketStatus;
import org.helpline.tickets.Tickets;
import org.springframework.stereotype.Component;

/**
 * The client's side of an open ticket, owning the conversation once the intake opened it: what they write or
 * send goes to the ticket for the engineers («Передали инженеру», at most once in
 * {@code helpline.handoff.acknowledge-every}); their answer to «Вопрос решён?» closes or reopens it; a closed
 * ticket is rated 1–5 with an optional comment, and reopened within {@code helpline.tickets.reopen-within} by
 * {@code /reopen HL-…} or the button under the closing message — wherever the conversation is at.
 */
@Component
class ClientCorrespondence implements ConversationHandler<ClientCorrespondence.OnTicket> {

    /**
     * The handoff's state of a conversation: the ticket the client is talking to, and when they were last told
     * their message was passed on (null: not yet; conversations stored before it load so).
     */
    record OnTicket(String ticketNumber, Instant acknowledgedAt) {
    }

    static final String RATING = "rating:";
    static final String REOPEN = "reopen:";
    private static final Pattern RATED = Pattern.compile("rating:([1-5])");
    private static final Pattern REOPEN_BUTTON = Pattern.compile("reopen:(HL-\\d+)");
    /** {@code /reopen}, {@code /reopen HL-000042}, also as {@code /reopen@YourBot …}. */
    private static final Pattern REOPEN_COMMAND = Pattern.compile("(?iu)\\s*/reopen(?:@\\w+)?(?:\\s+(\\S+))?\\s*");

    private final Tickets tickets;
    private final ClientFiles files;
    private final Dialogs dialogs;
    private final IntakeDialog intake;
    private final HandoffSettings settings;
    private final TicketSettings ticketSettings;
    private final Clock clock;

    ClientCorrespondence(Tickets tickets, ClientFiles files, Dialogs dialogs, IntakeDialog intake,
                         HandoffSettings settings, TicketSettings ticketSettings, Clock clock) {
        this.tickets = tickets;
        this.files = files;
        this.dialogs = dialogs;
        this.intake = intake;
        this.settings = settings;
        this.ticketSettings = ticketSettings;
        this.clock = clock;
        dialogs.require(List.of("handoff.closed", "handoff.reopened", "handoff.after_closed", "handoff.received",
                "handoff.rating_label", "handoff.rated", "handoff.rating_commented", "handoff.reopen",
                "handoff.reopen_unknown", "handoff.reopen_open", "handoff.reopen_too_late"));
    }

    @Override
    public String name() {
        return "handoff";
    }

    @Override
    public Class<OnTicket> stateType() {
        return OnTicket.class;
    }

    @Override
    public OnTicket adopt(String ticketNumber) {
        return new OnTicket(ticketNumber, null);
    }

    /** Reopening names its ticket, so it is answered whatever the conversation is doing (a new intake…). */
    @Override
    public boolean answersAlways(Input input) {
        return reopening(input).isPresent();
    }

    @Override
    public Outcome<OnTicket> handle(OnTicket state, Input input, Context context) {
        Texts texts = dialogs.texts(context.lang());
        Optional<String> reopen = reopening(input);
        if (reopen.isPresent()) {
            return reopen(state, reopen.get(), context, texts);
        }
        String number = state.ticketNumber();
        Ticket ticket = tickets.find(number).orElseThrow(() -> new TicketNotFoundException(number));
        if (input.kind() == Input.Kind.ACTION) {
            return answer(state, ticket, input.text(), texts);
        }
        if (!ticket.open()) {
            return closed(state, ticket, input, texts);
        }
        if (input.kind() == Input.Kind.TEXT) {
            tickets.fromClient(number, input.text().strip(), null);
            return acknowledged(state, texts);
        }
        ClientFiles.Judged file = files.judge(input, context.lang());
        if (file.refusal().isPresent()) {
            ClientFiles.Refusal refusal = file.refusal().get();
            return new Outcome<>(state, List.of(Reply.of(refusal.message())), refusal.rejection());
        }
        AttachmentRef stored = files.store(file, ticket.intakeKey());
        tickets.fromClient(number, null, stored);
        return acknowledged(state, texts);
    }

    /** «Передали инженеру» unless the client heard it a short while ago. */
    private Outcome<OnTicket> acknowledged(OnTicket state, Texts texts) {
        Instant now = clock.instant();
        Instant last = state.acknowledgedAt();
        if (last != null && now.isBefore(last.plus(settings.acknowledgeEvery()))) {
            return new Outcome<>(state, List.of(), null);
        }
        return say(new OnTicket(state.ticketNumber(), now), texts.get("handoff.received"));
    }

    private Outcome<OnTicket> answer(OnTicket state, Ticket ticket, String value, Texts texts) {
        Matcher rated = RATED.matcher(value);
        if (rated.matches()) {
            return rate(state, ticket, Integer.parseInt(rated.group(1)), texts);
        }
        boolean solved = ClientNotices.SOLVED.equals(value);
        if (ticket.status() != TicketStatus.RESOLVED || !(solved || ClientNotices.NOT_SOLVED.equals(value))) {
            return say(state, texts.get("common.stale_button"));
        }
        Map<String, String> args = Map.of("number", ticket.number());
        if (solved) {
            tickets.close(ticket.number());
            return new Outcome<>(state, List.of(new Reply(texts.get("handoff.closed", args),
                    ratingButtons(ticket.number(), texts))), null);
        }
        tickets.reopen(ticket.number());
        return say(state, texts.get("handoff.reopened", args));
    }

    private Outcome<OnTicket> rate(OnTicket state, Ticket ticket, int score, Texts texts) {
        if (ticket.status() != TicketStatus.CLOSED || ticket.rating() != null) {
            return say(state, texts.get("common.stale_button"));
        }
        tickets.rate(ticket.number(), score);
        return offeringWaysOn(state, ticket, texts, texts.get("handoff.rated"));
    }

    /**
     * What the client writes to a closed ticket: the comment to the rating they just gave, or else the note that
     * it is closed, with the ways on.
     */
    private Outcome<OnTicket> closed(OnTicket state, Ticket ticket, Input input, Texts texts) {
        if (input.kind() == Input.Kind.TEXT && ticket.rating() != null && ticket.ratingComment() == null
                && !input.text().isBlank()) {
            tickets.commentRating(ticket.number(), input.text().strip());
            return offeringWaysOn(state, ticket, texts, texts.get("handoff.rating_commented"));
        }
        return offeringWaysOn(state, ticket, texts, texts.get("handoff.after_closed", Map.of("number", ticket.number())));
    }

    /** Reopens one of this conversation's tickets, which the conversation then talks to. */
    private Outcome<OnTicket> reopen(OnTicket state, String asked, Context context, Texts texts) {
        Optional<Ticket> found = asked.isEmpty()
                ? tickets.ofConversation(context.conversationId()).stream().filter(ticket -> !ticket.open()).findFirst()
                : tickets.find(asked.toUpperCase(Locale.ROOT)).filter(ticket -> context.conversationId().equals(ticket.conversationId()));
        if (found.isEmpty()) {
            return new Outcome<>(state, List.of(new Reply(texts.get("handoff.reopen_unknown",
                    Map.of("number", asked.isEmpty() ? "—" : asked)), intake.waysOn(texts.language()))), null);
        }
        Ticket ticket = found.get();
        OnTicket onIt = state != null && ticket.number().equals(state.ticketNumber()) ? state : adopt(ticket.number());
        Map<String, String> args = Map.of("number", ticket.number(),
                "days", String.valueOf(ticketSettings.reopenWithin().toDays()));
        if (ticket.open() && ticket.status() != TicketStatus.RESOLVED) {
            return say(onIt, texts.get("handoff.reopen_open", args));
        }
        if (!tickets.mayReopen(ticket)) {
            return new Outcome<>(onIt, List.of(new Reply(texts.get("handoff.reopen_too_late", args),
                    intake.waysOn(texts.language()))), null);
        }
        tickets.reopen(ticket.number());
        return say(onIt, texts.get("handoff.reopened", args));
    }

    /** The ticket a reopening input names ("" for the conversation's last closed one), when it is one. */
    private static Optional<String> reopening(Input input) {
        if (input.kind() == Input.Kind.ACTION) {
            Matcher button = REOPEN_BUTTON.matcher(input.text());
            return button.matches() ? Optional.of(button.group(1)) : Optional.empty();
        }
        if (input.kind() != Input.Kind.TEXT || input.text() == null) {
            return Optional.empty();
        }
        Matcher command = REOPEN_COMMAND.matcher(input.text());
        if (!command.matches()) {
            return Optional.empty();
        }
        return Optional.of(command.group(1) == null ? "" : command.group(1));
    }

    /** 1 to 5 under the closing message, then the way to reopen. */
    private List<Button> ratingButtons(String number, Texts texts) {
        List<Button> buttons = new ArrayList<>();
        for (int score = 1; score <= 5; score++) {
            buttons.add(new Button(texts.get("handoff.rating_label", Map.of("score", score)), RATING + score));
        }
        buttons.add(reopenButton(number, texts));
        return buttons;
    }

    static Button reopenButton(String number, Texts texts) {
        return new Button(texts.get("handoff.reopen"), REOPEN + number);
    }

    /** A closed ticket's message, with «Открыть снова» while it may be reopened, «Новая заявка» and «Мои заявки». */
    private Outcome<OnTicket> offeringWaysOn(OnTicket state, Ticket ticket, Texts texts, String text) {
        List<Button> buttons = new ArrayList<>();
        if (tickets.mayReopen(ticket)) {
            buttons.add(reopenButton(ticket.number(), texts));
        }
        buttons.addAll(intake.waysOn(texts.language()));
        return new Outcome<>(state, List.of(new Reply(text, buttons)), null);
    }

    private static Outcome<OnTicket> say(OnTicket state, String text) {
        return new Outcome<>(state, List.of(Reply.of(text)), null);
    }
}
