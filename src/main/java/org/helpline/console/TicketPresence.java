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
        Map<String, Seen> viewers = byTicket.computeIfAbsent(number, key -> new ConcurrentHashMap<>());
        viewers.put(login, new Seen(name, now));
        viewers.values().removeIf(seen -> seen.at().isBefore(now.minus(GONE_AFTER)));
        return viewers.entrySet().stream().filter(viewer -> !viewer.getKey().equals(login))
                .map(viewer -> viewer.getValue().name()).sorted().toList();
    }
}
