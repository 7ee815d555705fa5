package org.helpline.reports;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.helpline.tickets.HistoryEntry;
import org.helpline.tickets.Priority;
import org.helpline.tickets.SlaClock;
import org.helpline.tickets.Ticket;
import org.helpline.tickets.TicketStatus;
import org.helpline.tickets.Tier;

/**
 * One ticket as the SLA report counts it, read from what is stored on it. Its priority and tier are the ones it
 * has now. {@code responseTime} and each resolution's {@code businessTime} are what its SLA clock counted from
 * creation: business time, pauses left out.
 *
 * <p>Each target gets a {@link Verdict} once it is decided: met at the moment the first response (or the last
 * resolution) came in time; missed at the due time, whether the answer came later or has not come yet. A target
 * not yet due, or due while the clock stood still, is not decided. A reopened ticket's resolution is decided again
 * when it is resolved again.
 */
record TicketSla(String number, Priority priority, Tier tier, String channel, Instant openedAt,
                 Instant firstResponseAt, Duration responseTime, Verdict response,
                 List<Resolution> resolutions, Verdict resolution, List<Rating> ratings) {

    /** Whether a target was met, and when that was decided. */
    record Verdict(boolean met, Instant at) {
    }

    /** The client rated the ticket {@code score} (1–5) at {@code at}; a ticket reopened and closed again is rated again. */
    record Rating(Instant at, int score) {
    }

    /** An engineer resolved the ticket at {@code at}; {@code reopenedAfter}: the client later said it was not. */
    record Resolution(Instant at, Duration businessTime, boolean reopenedAfter) {
    }

    static TicketSla of(Ticket ticket, SlaClock clock, Instant now) {
        List<Instant> reopenings = at(ticket, "reopened");
        List<Resolution> resolutions = at(ticket, "resolved").stream()
                .map(at -> new Resolution(at, clock.countedUntil(ticket, at), reopenings.stream().anyMatch(at::isBefore)))
                .toList();
        Instant firstResponse = ticket.firstResponseAt();
        boolean resolvedNow = ticket.status() == TicketStatus.RESOLVED || ticket.status() == TicketStatus.CLOSED;
        Instant finalResolution = resolvedNow && !resolutions.isEmpty() ? resolutions.getLast().at() : null;
        String channel = ticket.client() == null || ticket.client().channel() == null ? "unknown" : ticket.client().channel();
        return new TicketSla(ticket.number(), ticket.priority(), ticket.tier(), channel, ticket.createdAt(),
                firstResponse, firstResponse == null ? null : clock.countedUntil(ticket, firstResponse),
                verdict(ticket, firstResponse, ticket.responseDueAt(), now), resolutions,
                verdict(ticket, finalResolution, ticket.resolveDueAt(), now), ratings(ticket));
    }

    /** Met when {@code done} by {@code due}; missed at {@code due} when done later, or not done and the clock ran past it. */
    private static Verdict verdict(Ticket ticket, Instant done, Instant due, Instant now) {
        if (due == null) {
            return null;
        }
        if (done != null) {
            return done.isAfter(due) ? new Verdict(false, due) : new Verdict(true, done);
        }
        boolean ranPastDue = !now.isBefore(due) && (ticket.pausedSince() == null || !ticket.pausedSince().isBefore(due));
        return ranPastDue ? new Verdict(false, due) : null;
    }

    /** Every rating the history keeps: the ticket's own field holds only the latest closing's. */
    private static List<Rating> ratings(Ticket ticket) {
        return ticket.history().stream().filter(entry -> entry.event().equals("rated"))
                .map(entry -> new Rating(entry.at(), Integer.parseInt(entry.detail()))).toList();
    }

    private static List<Instant> at(Ticket ticket, String event) {
        return ticket.history().stream().filter(entry -> entry.event().equals(event)).map(HistoryEntry::at).toList();
    }
}
