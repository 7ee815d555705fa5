package org.helpline.console;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.stereotype.Component;

/**
 * Who has which ticket page open, as their pages' polls tell: someone not heard from for {@link #GONE_AFTER} has
 * left. Kept in this instance's memory only: with several instances behind a balancer, engineers see each other
 * only when their pages are served by the same one (sticky sessions do that).
 */
@Component
class TicketPresence {

    /** A few of the pages' polls (every 4 s): a page closed or a laptop asleep is gone by then. */
    static final Duration GONE_AFTER = Duration.ofSeconds(15);

    private record Seen(String name, Instant at) {
    }

    private final Map<String, Map<String, Seen>> byTicket = new ConcurrentHashMap<>();
    private final Clock clock;

    TicketPresence(Clock clock) {
        this.clock = clock;
    }

    /** Notes that {@code login} has the ticket's page open now; answers the names of the others who do. */
    List<String> here(String number, String login, String name) {
        Instant now = clock.instant();
        Instant gone = now.minus(GONE_AFTER);
        forgetLeftPages(gone);
        Map<String, Seen> viewers = byTicket.compute(number, (key, seen) -> {
            Map<String, Seen> here = seen == null ? new ConcurrentHashMap<>() : seen;
            here.put(login, new Seen(name, now));
            return here;
        });
        return viewers.entrySet().stream().filter(viewer -> !viewer.getKey().equals(login))
                .filter(viewer -> !viewer.getValue().at().isBefore(gone))
                .map(viewer -> viewer.getValue().name()).sorted().toList();
    }

    /** Drops who has left, and the tickets nobody has open, so the memory holds only the pages open now. */
    private void forgetLeftPages(Instant gone) {
        for (String number : byTicket.keySet()) {
            byTicket.computeIfPresent(number, (key, viewers) -> {
                viewers.values().removeIf(seen -> seen.at().isBefore(gone));
                return viewers.isEmpty() ? null : viewers;
            });
        }
    }
}
