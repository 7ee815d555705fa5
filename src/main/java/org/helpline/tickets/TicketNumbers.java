package org.helpline.tickets;

import org.helpline.store.Counters;
import org.springframework.stereotype.Component;

/** Ticket numbers from one atomic counter in the store: never reused, never duplicated, whatever the instance. */
@Component
class TicketNumbers {

    private final Counters counters;

    TicketNumbers(Counters counters) {
        this.counters = counters;
    }

    String next() {
        return "HL-%06d".formatted(counters.add("counters", "ticket", "seq", 1));
    }
}
