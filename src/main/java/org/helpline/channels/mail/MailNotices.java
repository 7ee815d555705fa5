package org.helpline.channels.mail;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.helpline.conversation.Conversations;
import org.helpline.dialogs.Dialogs;
import org.helpline.dialogs.Texts;
import org.helpline.outbox.Outbox;
import org.helpline.site.PublicUrl;
import org.helpline.tickets.Client;
import org.helpline.tickets.Ticket;
import org.helpline.tickets.TicketAnswered;
import org.helpline.tickets.TicketEvent;
import org.helpline.tickets.TicketEventListener;
import org.helpline.tickets.TicketOpened;
import org.helpline.tickets.TicketResolved;

/**
 * Mails a client who left an e-mail address in the intake, in the language of their chat: that the ticket is
 * registered, each engineer's answer or question, and the resolution; each says to answer in the messenger, as
 * nobody reads replies to the mail. The mails are queued in the outbox, so neither a restart nor an SMTP outage
 * loses one. An event heard twice (only after a crash) mails twice.
 */
class MailNotices implements TicketEventListener {

    private final Outbox outbox;
    private final Dialogs dialogs;
    private final Conversations conversations;
    private final PublicUrl site;

    MailNotices(Outbox outbox, Dialogs dialogs, Conversations conversations, PublicUrl site) {
        this.outbox = outbox;
        this.dialogs = dialogs;
        this.conversations = conversations;
        this.site = site;
        dialogs.require(List.of("mail.registered_subject", "mail.registered", "mail.reply_subject", "mail.reply",
                "mail.question_subject", "mail.question", "mail.resolved_subject", "mail.resolved",
                "mail.resolved_comment", "mail.answer_telegram", "mail.answer_discord", "mail.answer_web"));
    }

    @Override
    public String name() {
        return "mail-notices";
    }

    /** On a thread of its own: queuing a mail never slows an engineer's action or a client's answer. */
    @Override
    public boolean immediate() {
        return false;
    }

    @Override
    public void on(TicketEvent event) {
        Client client = event.ticket().client();
        if (client == null || client.email() == null || client.email().isBlank()) {
            return;
        }
        mail(event, dialogs.texts(language(event.ticket())))
                .ifPresent(mail -> outbox.enqueue(List.of(mail.to(client.email().strip()))));
    }

    private Optional<MailText> mail(TicketEvent event, Texts texts) {
        Ticket ticket = event.ticket();
        String number = ticket.number();
        String answer = answer(ticket, texts);
        return switch (event) {
            case TicketOpened opened -> Optional.of(new MailText(
                    texts.get("mail.registered_subject", Map.of("number", number)),
                    texts.get("mail.registered", Map.of("number", number, "name", ticket.client().name(),
                            "description", ticket.description(), "answer", answer))));
            case TicketAnswered answered -> {
                String kind = answered.question() ? "mail.question" : "mail.reply";
                yield Optional.of(new MailText(texts.get(kind + "_subject", Map.of("number", number)),
                        texts.get(kind, Map.of("number", number, "engineer", answered.engineer(),
                                "text", answered.text(), "answer", answer))));
            }
            case TicketResolved resolved -> Optional.of(new MailText(
                    texts.get("mail.resolved_subject", Map.of("number", number)),
                    resolved.comment() == null || resolved.comment().isBlank()
                            ? texts.get("mail.resolved", Map.of("number", number, "engineer", resolved.engineer(),
                                    "answer", answer))
                            : texts.get("mail.resolved_comment", Map.of("number", number,
                                    "engineer", resolved.engineer(), "comment", resolved.comment(), "answer", answer))));
            default -> Optional.empty(); // The rest the client hears of in the chat only.
        };
    }

    /** How to answer: in the messenger the ticket came from. */
    private String answer(Ticket ticket, Texts texts) {
        return switch (String.valueOf(ticket.client().channel())) {
            case "telegram" -> texts.get("mail.answer_telegram");
            case "discord" -> texts.get("mail.answer_discord");
            default -> texts.get("mail.answer_web", Map.of("url", site.base() + "/"));
        };
    }

    private String language(Ticket ticket) {
        return Optional.ofNullable(ticket.conversationId()).flatMap(conversations::languageOf)
                .orElse(dialogs.defaultLanguage());
    }
}
