package org.helpline.conversation;

import org.helpline.intake.IntakeInput;
import org.helpline.intake.IntakeSnapshot;
import org.helpline.intake.Turn;

/**
 * Takes what a client sends once their intake has opened a ticket: from then on the client is talking to the
 * engineers, not to the intake. Implemented by the module that relays to engineers; commands such as
 * {@code /start} still go to the intake.
 */
public interface TicketCorrespondence {

    /** Handles the client's input for the ticket in {@code snapshot}; the turn's replies go to the client at once. */
    Turn fromClient(IntakeSnapshot snapshot, IntakeInput input);
}
