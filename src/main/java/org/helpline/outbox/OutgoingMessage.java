package org.helpline.outbox;

import java.util.List;

import org.helpline.conversation.Button;

/**
 * One message for a channel to send: a text with optional buttons, or a stored attachment (its id in the
 * attachment store, never its bytes) with the text as caption. {@code asksForReply} marks a question the recipient
 * answers by replying to it. {@code correlation} is the sender's own key, opaque to the outbox: when set, the
 * outbox publishes {@link MessageSent} with it once the channel has the message.
 */
public record OutgoingMessage(Destination to, String text, List<Button> buttons, String attachmentId, String filename,
                              boolean asksForReply, String correlation) {

    public OutgoingMessage {
        buttons = buttons == null ? List.of() : List.copyOf(buttons);
    }

    public static OutgoingMessage text(Destination to, String text, List<Button> buttons) {
        return new OutgoingMessage(to, text, buttons, null, null, false, null);
    }

    public static OutgoingMessage file(Destination to, String attachmentId, String filename, String caption) {
        return new OutgoingMessage(to, caption, List.of(), attachmentId, filename, false, null);
    }

    /** A question answered by replying to it; {@link MessageSent} with {@code correlation} names its message id. */
    public static OutgoingMessage question(Destination to, String text, String correlation) {
        return new OutgoingMessage(to, text, List.of(), null, null, true, correlation);
    }

    public boolean hasAttachment() {
        return attachmentId != null;
    }
}
