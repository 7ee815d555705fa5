package org.helpline.intake;

import java.util.List;

import org.helpline.conversation.Rejection;
import org.helpline.conversation.Reply;

/** The intake's answer to one input: the snapshot to store, the replies to send, and why a file was refused. */
public record Turn(IntakeSnapshot snapshot, List<Reply> replies, Rejection rejection) {

    public Turn {
        replies = List.copyOf(replies);
    }
}
