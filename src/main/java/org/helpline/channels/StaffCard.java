package org.helpline.channels;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

import java.util.Optional;

import org.helpline.dialogs.Dialogs;
import org.helpline.tickets.BusinessHoursSettings;
import org.helpline.dialogs.Texts;
import org.helpline.tickets.ClientWrote;
import org.helpline.tickets.Priority;
import org.helpline.tickets.RatingCommented;
import org.helpline.tickets.Ticket;
import org.helpline.tickets.TicketClosed;
import org.helpline.tickets.TicketConflictException;
import org.helpline.tickets.TicketEscalated;
import org.helpline.tickets.TicketEvent;
import org.helpline.tickets.TicketNotFoundException;
import org.helpline.tickets.TicketRated;
import org.helpline.tickets.TicketReleased;
import org.helpline.tickets.TicketReopened;
import org.helpline.tickets.TicketResolved;
import org.helpline.tickets.TicketStatus;
import org.helpline.tickets.TicketTaken;
import org.helpline.tickets.Tier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * What engineers read about a ticket in any staff place (a Telegram topic, a Discord forum post): its name, the card
 * opening it, the line each ticket event adds, and the notices when an action is refused, all from the
 * {@code staff.*} dialog texts of the default language. One for every staff place, so their words are the same.
 */
@Component
public class StaffCard {

    private static final Logger log = LoggerFactory.getLogger(StaffCard.class);

    /** The longest topic or post name: Telegram's 128 (Discord allows 100, see {@link #topicName(Ticket, int)}). */
    private static final int MAX_TOPIC_NAME = 128;

    private final Dialogs dialogs;
    private final ZoneId zone;

    StaffCard(Dialogs dialogs, BusinessHoursSettings hours) {
        this.dialogs = dialogs;
        this.zone = hours.zone();
        dialogs.require(Stream.of(
                Stream.of("staff.topic", "staff.topic_tier", "staff.card", "staff.due_format", "staff.escalation_prompt", "staff.client_message",
                        "staff.client_file", "staff.taken", "staff.released", "staff.escalated", "staff.resolved", "staff.reopened",
                        "staff.closed", "staff.closed_automatically", "staff.rated", "staff.rating_comment", "staff.conflict", "staff.not_found", "staff.unknown_command",
                        "staff.text_only", "staff.failed"),
                Stream.of(Priority.values()).map(StaffCard::priorityKey),
                Stream.of(TicketStatus.values()).map(StaffCard::statusKey)).flatMap(s -> s).toList());
    }

    /** {@code HL-000042 · срочный · Иванова}, with the tier once escalated ({@code · L2}). */
    public String topicName(Ticket ticket) {
        return topicName(ticket, MAX_TOPIC_NAME);
    }

    /** The name cut to {@code maxLength} characters. */
    public String topicName(Ticket ticket, int maxLength) {
        Map<String, String> args = Map.of("number", ticket.number(), "priority", texts().get(priorityKey(ticket.priority())),
                "surname", surname(ticket.client().name()), "tier", ticket.tier().name());
        String name = texts().get(ticket.tier() == Tier.L1 ? "staff.topic" : "staff.topic_tier", args);
        return name.length() <= maxLength ? name : name.substring(0, maxLength - 1) + "…";
    }

    /** The ticket card: number first, then the client, contract, contact, priority, due time, channel, description. */
    public String card(Ticket ticket) {
        Texts texts = texts();
        String contact = ticket.client().phone() != null ? ticket.client().phone() : ticket.client().email();
        return texts.get("staff.card", Map.of("number", ticket.number(), "name", ticket.client().name(),
                "contract", ticket.client().contract(), "contact", contact == null ? "—" : contact,
                "priority", texts.get(priorityKey(ticket.priority())),
                "due", time(ticket.responseDueAt()), "channel", ticket.client().channel(),
                "description", ticket.description()));
    }

    /** A moment as engineers read it: the {@code staff.due_format} in the business hours' zone. */
    public String time(Instant at) {
        Texts texts = texts();
        return DateTimeFormatter.ofPattern(texts.get("staff.due_format"), Locale.forLanguageTag(texts.language()))
                .format(at.atZone(zone));
    }

    /** A history entry's event as people read it (the console's words for it), or its key when it has none. */
    public String eventName(String event) {
        return texts().section("console.history").getOrDefault(event, event);
    }

    public String say(String key, Map<String, ?> args) {
        return texts().get(key, args);
    }

    /**
     * The line a ticket event adds to the ticket's staff place: what the client wrote (or the caption of their file),
     * taken, given back to the queue, escalated, resolved, reopened, closed, rated, commented; empty for events no staff place shows.
     * Engineers' replies and notes were typed there, so they get none.
     */
    public Optional<String> line(TicketEvent event) {
        Ticket ticket = event.ticket();
        return Optional.ofNullable(switch (event) {
            case ClientWrote wrote when wrote.file() != null -> say("staff.client_file", Map.of("file", wrote.file().filename()));
            case ClientWrote wrote -> say("staff.client_message", Map.of("text", String.valueOf(wrote.text())));
            case TicketTaken taken -> say("staff.taken", line(ticket, taken.engineer(), null));
            case TicketReleased released -> say("staff.released", line(ticket, released.engineer(), null));
            case TicketEscalated escalated -> say("staff.escalated", line(ticket, escalated.engineer(), escalated.summary()));
            case TicketResolved resolved -> say("staff.resolved", line(ticket, resolved.engineer(), resolved.comment()));
            case TicketReopened reopened -> say("staff.reopened", line(ticket, "client", null));
            case TicketClosed closed -> say(closed.automatic() ? "staff.closed_automatically" : "staff.closed",
                    line(ticket, closed.actor(), null));
            case TicketRated rated -> say("staff.rated", Map.of("score", String.valueOf(rated.score())));
            case RatingCommented commented -> say("staff.rating_comment", Map.of("comment", commented.comment()));
            default -> null;
        });
    }

    /**
     * Runs an engineer's action. What the ticket refuses (taken by someone else, resolved already, no such ticket)
     * or a failure of another kind (logged) comes back as the notice to show them; nothing is thrown.
     */
    public Optional<String> attempt(String number, Runnable action) {
        try {
            action.run();
            return Optional.empty();
        } catch (TicketConflictException e) {
            return Optional.of(say("staff.conflict", Map.of("number", number, "status", texts().get(statusKey(e.status())),
                    "tier", e.tier())));
        } catch (TicketNotFoundException e) {
            return Optional.of(say("staff.not_found", Map.of("number", number)));
        } catch (RuntimeException e) {
            log.error("Staff action on ticket {} failed", number, e);
            return Optional.of(say("staff.failed", Map.of()));
        }
    }

    private static Map<String, String> line(Ticket ticket, String engineer, String detail) {
        return Map.of("number", ticket.number(), "engineer", String.valueOf(engineer), "detail", String.valueOf(detail));
    }

    private Texts texts() {
        return dialogs.texts(dialogs.defaultLanguage());
    }

    private static String surname(String name) {
        String trimmed = name == null ? "" : name.strip();
        return trimmed.isEmpty() ? "—" : trimmed.split("\\s+")[0];
    }

    private static String priorityKey(Priority priority) {
        return "staff.priority_" + priority.name().toLowerCase(Locale.ROOT);
    }

    private static String statusKey(TicketStatus status) {
        return "staff.status_" + status.name().toLowerCase(Locale.ROOT);
    }
}
