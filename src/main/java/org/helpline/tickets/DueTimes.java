package org.helpline.tickets;

import java.time.Instant;
import java.util.List;

/**
 * When a ticket must have its first response and its resolution: the targets counted in working time from the
 * ticket's creation, moved out by the working time of every pause. Recomputed from creation whenever a pause ends
 * or the priority changes, so a pause survives a priority change.
 */
record DueTimes(Instant response, Instant resolve) {

    static DueTimes of(BusinessHours calendar, SlaTargets targets, Instant createdAt, List<SlaPause> pauses) {
        return new DueTimes(calendar.addWorkingTime(createdAt, targets.response(), pauses),
                calendar.addWorkingTime(createdAt, targets.resolve(), pauses));
    }
}
