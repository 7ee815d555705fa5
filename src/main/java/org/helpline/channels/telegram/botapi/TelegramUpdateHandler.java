package org.helpline.channels.telegram.botapi;

import org.springframework.core.Ordered;
import org.telegram.telegrambots.meta.api.objects.Update;

/**
 * A side of the bot that handles the updates it {@linkplain #concerns concerns}: the staff chat's, the clients'.
 * {@link TelegramUpdates} gives each update to the first handler, in {@link #getOrder() order}, that concerns it.
 */
public interface TelegramUpdateHandler extends Ordered {

    boolean concerns(Update update);

    /** Handles one update; never throws, so one bad update cannot stop the others. */
    void handle(Update update);
}
