package org.helpline.conversation;

import java.time.Instant;
import java.util.List;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A bot message older than the conversation's latest (or stored before conversations kept their latest); its id
 * is the conversation's id and its number, so writing it again is harmless.
 */
@Document("messages")
record TranscriptEntry(@Id String id, String conversationId, long seq, String text, List<Button> buttons, Instant at) {

    static TranscriptEntry of(String conversationId, Conversation.Said said) {
        return new TranscriptEntry(conversationId + "#" + said.seq(), conversationId, said.seq(), said.text(),
                said.buttons(), said.at());
    }

    ChatMessage message() {
        return new ChatMessage(seq, text, buttons);
    }
}
