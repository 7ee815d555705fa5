package org.helpline.conversation;

import java.util.List;

/** A message in a conversation's transcript, numbered from 1 in the order the client should see them. */
public record ChatMessage(long seq, String text, List<Button> buttons) {
}
