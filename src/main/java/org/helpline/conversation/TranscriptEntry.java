package org.helpline.conversation;

import java.time.Instant;
import java.util.List;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/** A stored bot message; its id is the conversation's id and its number, so writing it again is harmless. */
@Document("messages")
record TranscriptEntry(@Id String id, String conversationId, long seq, String text, List<Button> buttons, Instant at) {

    ChatMessage message() {
        return new ChatMessage(seq, text, buttons);
    }
}
