package org.helpline.intake;

import java.util.List;

/** The intake's answer to one input: the snapshot to store, the replies to send, and why a file was refused. */
public record Turn(IntakeSnapshot snapshot, List<Reply> replies, Rejection rejection) {

    public Turn {
        replies = List.copyOf(replies);
    }
}
