package org.helpline.console;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.helpline.attachments.AttachmentRef;
import org.helpline.tickets.Client;
import org.helpline.tickets.HistoryEntry;
import org.helpline.tickets.Ticket;

/**
 * What the ticket page shows: the ticket with its due time ({@link QueueItem}), the client, the conversation
 * (the description with the intake's files, then what the client wrote or sent and what engineers answered,
 * internal notes marked) and the whole history.
 */
record TicketPage(QueueItem ticket, Client client, String description, List<Message> conversation,
                  List<HistoryEntry> history, boolean canTake, boolean canReply, boolean canResolve,
                  boolean canRelease) {

    /** One line of the conversation; {@code from} is client, engineer or note; a sent file comes with it. */
    record Message(Instant at, String from, String actor, String text, List<File> files) {
    }

    /** A ticket's file; {@code image} ones are shown inline. */
    record File(String id, String filename, String contentType, long size, boolean image) {
    }

    /** Content types a browser shows as a picture; anything else is offered as a download. */
    static final Set<String> IMAGES = Set.of("image/png", "image/jpeg", "image/gif", "image/webp");

    static TicketPage of(Ticket ticket, Instant now, String viewer) {
        List<HistoryEntry> history = ticket.history();
        List<AttachmentRef> attachments = ticket.attachments() == null ? List.of() : ticket.attachments();
        long sentLater = history.stream().filter(entry -> entry.event().equals("client_file")).count();
        int fromIntake = (int) Math.max(0, attachments.size() - sentLater);
        List<Message> conversation = new ArrayList<>();
        conversation.add(new Message(ticket.createdAt(), "client", clientName(ticket), ticket.description(),
                files(attachments.subList(0, fromIntake))));
        int nextFile = fromIntake;
        for (HistoryEntry entry : history) {
            switch (entry.event()) {
                case "client_message" -> conversation.add(new Message(entry.at(), "client", clientName(ticket), entry.detail(), List.of()));
                case "client_file" -> {
                    List<AttachmentRef> file = nextFile < attachments.size() ? attachments.subList(nextFile, nextFile + 1) : List.of();
                    nextFile++;
                    conversation.add(new Message(entry.at(), "client", clientName(ticket), null, files(file)));
                }
                case "reply" -> conversation.add(new Message(entry.at(), "engineer", entry.actor(), entry.detail(), List.of()));
                case "note" -> conversation.add(new Message(entry.at(), "note", entry.actor(), entry.detail(), List.of()));
                default -> {
                }
            }
        }
        boolean workable = ticket.status().engineersMayAct();
        return new TicketPage(QueueItem.of(ticket, now), ticket.client(), ticket.description(), conversation, history,
                workable && !viewer.equals(ticket.assignee()),
                workable, workable, workable && ticket.assignee() != null);
    }

    private static String clientName(Ticket ticket) {
        return ticket.client() == null ? null : ticket.client().name();
    }

    private static List<File> files(List<AttachmentRef> refs) {
        return refs.stream().map(ref -> new File(ref.id(), ref.filename(), ref.contentType(), ref.size(),
                IMAGES.contains(ref.contentType()))).toList();
    }
}
