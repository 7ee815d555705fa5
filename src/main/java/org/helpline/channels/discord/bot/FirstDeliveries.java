package org.helpline.channels.discord.bot;

import java.time.Duration;

import org.helpline.store.Leases;
import org.helpline.store.Purges;
import org.helpline.store.RetentionSettings;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Which Discord events (messages, button presses, commands: their snowflake ids are unique) arrived before, so one
 * delivered again — a replayed resume, a second gateway session, another app instance — has no second effect. An
 * id is claimed with a lease in the store ({@code discord_events}) for {@code helpline.retention.handled-updates}
 * (a week), which outlasts any redelivery; expired ones are purged once per cluster ({@link Purges}).
 */
public class FirstDeliveries {

    private static final Logger log = LoggerFactory.getLogger(FirstDeliveries.class);

    private static final String COLLECTION = "discord_events";
    private static final String OWNER = "discord";

    private final Leases leases;
    private final Duration remembered;

    FirstDeliveries(Leases leases, Purges purges, RetentionSettings retention) {
        this.leases = leases;
        this.remembered = retention.handledUpdates();
        purges.olderThan(COLLECTION, "until", Duration.ZERO);
    }

    /** True the first time the event id is seen, false ever after (while it is remembered). */
    public boolean first(String eventId) {
        if (leases.tryTake(COLLECTION, eventId, OWNER, remembered)) {
            return true;
        }
        log.info("Discord event {} delivered again; already handled", eventId);
        return false;
    }
}
