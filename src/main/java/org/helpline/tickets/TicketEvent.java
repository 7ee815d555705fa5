package org.helpline.tickets;

/**
 * Something that happened to a ticket, with the ticket as it is after it. Delivered to every
 * {@link TicketEventListener} at least once, even across a crash, after the change is stored.
 */
public sealed interface TicketEvent permits TicketOpened, TicketTaken, TicketAnswered, TicketWaitingForClient,
        TicketWaitingEnded, TicketEscalated, TicketPriorityChanged, SlaWarned, SlaFlaggedToLead, TicketResolved,
        TicketReopened, TicketClosed, TicketRated, RatingCommented, ClientWrote, NoteAdded,
        TicketReleased {

    Ticket ticket();
}
