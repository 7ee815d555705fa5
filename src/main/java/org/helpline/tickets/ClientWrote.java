package org.helpline.tickets;

import org.helpline.attachments.AttachmentRef;

/** The client wrote ({@code text}) or sent a file ({@code file}, now among the ticket's attachments) once the ticket was open. */
public record ClientWrote(Ticket ticket, String text, AttachmentRef file) implements TicketEvent {
}
