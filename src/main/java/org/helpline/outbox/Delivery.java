package org.helpline.outbox;

import java.time.Duration;

/** What became of one attempt to send a message, as the channel judges it. */
public sealed interface Delivery {

    /** The channel has the message, as {@code messageId} (null if the channel gives none). */
    record Sent(String messageId) implements Delivery {
    }

    /** The channel asked to slow down: the chat's messages wait {@code pause}, then this one is tried again. */
    record RetryAfter(Duration pause, String error) implements Delivery {
    }

    /** The channel could not be reached or failed itself: tried again after a pause that grows with each attempt. */
    record Unavailable(String error) implements Delivery {
    }

    /** The channel refused the message for good (a bad message, a blocked bot): it is kept, marked failed. */
    record Refused(String error) implements Delivery {
    }
}
