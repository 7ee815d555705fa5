package org.helpline.conversation;

/** A choice offered with a reply: what the client sees, and the ASCII value (at most 64 bytes) sent back. */
public record Button(String label, String value) {
}
