package org.helpline.tickets;

/** No ticket has that number. */
public class TicketNotFoundException extends RuntimeException {

    public TicketNotFoundException(String number) {
        super("No ticket " + number);
    }
}
