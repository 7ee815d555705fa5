package org.helpline.tickets;

import java.time.Instant;

/** One thing that happened to a ticket, with who or what caused it. */
public record HistoryEntry(Instant at, String event, String detail) {
}
