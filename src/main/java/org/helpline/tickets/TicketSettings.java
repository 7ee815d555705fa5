package org.helpline.tickets;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The ticket's life after the engineers: how many files one ticket takes, how long a resolution may wait for the
 * client's «Вопрос решён?» before the ticket closes by itself, and how long after closing the client may reopen it.
 *
 * @param maxAttachments files one ticket takes (default 10)
 * @param autoCloseAfter a resolved ticket the client has not answered is closed after this long (default 3 days)
 * @param reopenWithin a closed ticket may be reopened by the client for this long (default 14 days); after that
 *                     they are offered a new request
 */
@ConfigurationProperties("helpline.tickets")
public record TicketSettings(int maxAttachments, Duration autoCloseAfter, Duration reopenWithin) {

    public TicketSettings {
        maxAttachments = maxAttachments <= 0 ? 10 : maxAttachments;
        autoCloseAfter = positiveOr(autoCloseAfter, Duration.ofDays(3));
        reopenWithin = positiveOr(reopenWithin, Duration.ofDays(14));
    }

    private static Duration positiveOr(Duration configured, Duration fallback) {
        return configured == null || !configured.isPositive() ? fallback : configured;
    }
}
