package org.helpline.load;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Store round trips per client message, intake step by intake step: one client alone walks a few intakes and the
 * app's counts are read after every answer. Per step the walk with the fewest round trips is kept, because the
 * app's background jobs (outbox, SLA watch, sweeps) add round trips of their own now and then.
 */
final class StepProfile {

    private StepProfile() {
    }

    /** Step name to its round trips, in the order of the intake; empty if the app does not expose the metric. */
    static Map<String, StoreRoundTrips.Counts> measure(WebIntake web, StoreRoundTrips trips, int walks)
            throws Exception {
        Map<String, StoreRoundTrips.Counts> fewest = new LinkedHashMap<>();
        if (trips.now().byCommand().isEmpty()) {
            return fewest;
        }
        for (int i = 0; i < walks; i++) {
            StoreRoundTrips.Counts[] last = {trips.now()};
            web.walk(step -> {
                StoreRoundTrips.Counts now = trips.now();
                StoreRoundTrips.Counts made = now.since(last[0]);
                last[0] = now;
                fewest.merge(step, made, (kept, next) -> next.total() < kept.total() ? next : kept);
            });
        }
        return fewest;
    }
}
