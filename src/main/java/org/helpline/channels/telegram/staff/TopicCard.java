package org.helpline.channels.telegram.staff;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

import org.helpline.conversation.Button;
import org.helpline.dialogs.Dialogs;
import org.helpline.dialogs.Texts;
import org.helpline.tickets.Priority;
import org.helpline.tickets.Ticket;
import org.helpline.tickets.TicketStatus;
import org.helpline.tickets.Tier;

/**
 * What engineers read about a ticket in the staff chat: the topic's name, the card opening it and its buttons,
 * and the notices posted into it, all from the {@code staff.*} dialog texts of the default language.
 */
class TopicCard {

    /** Telegram's longest topic name. */
    private static final int MAX_TOPIC_NAME = 128;

    private final Dialogs dialogs;
    private final ZoneId zone;

    TopicCard(Dialogs dialogs, ZoneId zone) {
        this.dialogs = dialogs;
        this.zone = zone;
        dialogs.require(Stream.of(
                Stream.of("staff.topic", "staff.topic_tier", "staff.card", "staff.due_format", "staff.escalation_prompt", "staff.client_message",
                        "staff.client_file", "staff.taken", "staff.escalated", "staff.resolved", "staff.reopened",
                        "staff.closed", "staff.closed_automatically", "staff.rated", "staff.rating_comment", "staff.conflict", "staff.not_found", "staff.unknown_command",
                        "staff.text_only", "staff.failed"),
                Stream.of(Priority.values()).map(TopicCard::priorityKey),
                Stream.of(TicketStatus.values()).map(TopicCard::statusKey)).flatMap(s -> s).toList());
    }

    /** {@code HL-000042 · срочный · Иванова}, with the tier once escalated ({@code · L2}). */
    String topicName(Ticket ticket) {
        Map<String, String> args = Map.of("number", ticket.number(), "priority", texts().get(priorityKey(ticket.priority())),
                "surname", surname(ticket.client().name()), "tier", ticket.tier().name());
        String name = texts().get(ticket.tier() == Tier.L1 ? "staff.topic" : "staff.topic_tier", args);
        return name.length() <= MAX_TOPIC_NAME ? name : name.substring(0, MAX_TOPIC_NAME - 1) + "…";
    }

    /** The ticket card: number first, then the client, contract, contact, priority, due time, channel, description. */
    String card(Ticket ticket) {
        Texts texts = texts();
        DateTimeFormatter due = DateTimeFormatter.ofPattern(texts.get("staff.due_format"), Locale.forLanguageTag(texts.language()));
        String contact = ticket.client().phone() != null ? ticket.client().phone() : ticket.client().email();
        return texts.get("staff.card", Map.of("number", ticket.number(), "name", ticket.client().name(),
                "contract", ticket.client().contract(), "contact", contact == null ? "—" : contact,
                "priority", texts.get(priorityKey(ticket.priority())),
                "due", due.format(ticket.responseDueAt().atZone(zone)), "channel", ticket.client().channel(),
                "description", ticket.description()));
    }

    String say(String key, Map<String, ?> args) {
        return texts().get(key, args);
    }

    String status(TicketStatus status) {
        return texts().get(statusKey(status));
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
