package org.helpline.tickets;

import org.springframework.boot.context.properties.ConfigurationProperties;

/** How tickets are numbered in the staff tools; kept small until the lifecycle settings arrive. */
@ConfigurationProperties("helpline.tickets")
public record TicketSettings(int maxAttachments) {

    public TicketSettings {
        maxAttachments = maxAttachments <= 0 ? 10 : maxAttachments;
    }
}
