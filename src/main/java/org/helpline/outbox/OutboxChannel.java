package org.helpline.outbox;

import java.time.Duration;

/**
 * What a channel gives the outbox to have its messages sent: its pacing and the sending of one message. The outbox
 * keeps the order, the claims and the retries; the channel knows its own API and limits.
 */
public interface OutboxChannel {

    /** The channel's name, as in {@link Destination#channel()}. */
    String channel();

    /**
     * Zero if a message may go to the destination now (and it is then counted against the channel's limits), else
     * how long until one may. Called from one thread.
     */
    Duration pace(Destination to);

    /**
     * Sends the message once (the outbox retries), with the attachment's bytes when it has one; says what became
     * of it. An exception counts as {@link Delivery.Unavailable}.
     */
    Delivery send(OutgoingMessage message, byte[] attachment);
}
