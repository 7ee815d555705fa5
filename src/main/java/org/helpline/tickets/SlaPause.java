package org.helpline.tickets;

import java.time.Instant;
import java.util.Objects;

/**
 * A stretch of real time, {@code [from, until)}, in which a ticket's SLA clock stood still (waiting for the
 * client, or resolved until the client answered); only the business time inside it moves the due times out.
 */
public record SlaPause(Instant from, Instant until) {

    public SlaPause {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(until, "until");
        if (until.isBefore(from)) {
            throw new IllegalArgumentException("a pause cannot end (" + until + ") before it starts (" + from + ")");
        }
    }
}
