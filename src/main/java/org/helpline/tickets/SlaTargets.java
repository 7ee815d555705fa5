package org.helpline.tickets;

import java.time.Duration;

/** A priority's targets in working time: the first response, and the resolution, both counted from creation. */
public record SlaTargets(Duration response, Duration resolve) {
}
