package org.helpline.outbox;

import java.time.Instant;
import java.util.List;

import org.helpline.conversation.Button;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * An {@link OutgoingMessage} as the outbox stores it ({@code outbox}), with its place in the global sequence and
 * how sending it went so far: while it is being sent, which app instance claimed it until when.
 */
@Document("outbox")
record QueuedMessage(@Id String id, long seq, String channel, String chatId, String thread, String text,
                     List<Button> buttons, String attachmentId, String filename, boolean asksForReply,
                     String correlation, Instant created, int attempts, Instant nextAttempt, Status status,
                     Instant claimedUntil, String claimedBy, String error) {

    enum Status { PENDING, SENDING, FAILED }

    static QueuedMessage of(OutgoingMessage message, long seq, Instant now) {
        Destination to = message.to();
        return new QueuedMessage(null, seq, to.channel(), to.chatId(), to.thread(), message.text(), message.buttons(),
                message.attachmentId(), message.filename(), message.asksForReply(), message.correlation(), now, 0, now,
                Status.PENDING, null, null, null);
    }

    OutgoingMessage message() {
        return new OutgoingMessage(destination(), text, buttons, attachmentId, filename, asksForReply, correlation);
    }

    Destination destination() {
        return new Destination(channel, chatId, thread);
    }

    /** The chat whose messages leave one at a time in sequence order. */
    String chatKey() {
        return channel + ":" + chatId;
    }

    /** When it may be tried: its next attempt, or for one being sent when its sender's claim runs out. */
    Instant due() {
        return status == Status.SENDING ? claimedUntil : nextAttempt;
    }
}
