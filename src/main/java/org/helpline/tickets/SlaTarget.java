package org.helpline.tickets;

import java.util.Locale;

/** The two SLA targets of a ticket, as named in its marks ({@code response_warned}) and history. */
public enum SlaTarget {
    RESPONSE("the first response"), RESOLVE("the resolution");

    private final String description;

    SlaTarget(String description) {
        this.description = description;
    }

    String mark(String what) {
        return name().toLowerCase(Locale.ROOT) + "_" + what;
    }

    String description() {
        return description;
    }
}
