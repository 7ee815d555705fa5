package org.helpline.conversation;

import java.util.List;

/** What handling one inbound message produced: the bot's replies, and why a file was refused (or null). */
public record Receipt(List<ChatMessage> messages, Rejection rejection) {
}
