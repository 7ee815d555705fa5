package org.helpline.load;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The app's store round trips so far, by command and collection, from the {@code mongodb.driver.commands} metric
 * of its Prometheus scrape (the driver times every command the app sends): the counts between two readings are
 * what the app sent meanwhile, whatever store it uses.
 */
final class StoreRoundTrips {

    /** What the embedded store answers without a commit; every other command is a write, committed before answer. */
    private static final Set<String> READS = Set.of("find", "getMore", "aggregate", "count", "distinct",
            "listIndexes", "listCollections", "killCursors", "ping");
    private static final String SERIES = "mongodb_driver_commands_seconds_count{";
    private static final Pattern TAG = Pattern.compile("(\\w+)=\"([^\"]*)\"");

    /** Round trips keyed by {@code command collection}, e.g. {@code update locks}. */
    record Counts(Map<String, Long> byCommand) {

        static final Counts NONE = new Counts(Map.of());

        long writes() {
            return sum(false);
        }

        long reads() {
            return sum(true);
        }

        long total() {
            return writes() + reads();
        }

        Counts since(Counts earlier) {
            Map<String, Long> delta = new TreeMap<>();
            byCommand.forEach((key, count) -> {
                long made = count - earlier.byCommand.getOrDefault(key, 0L);
                if (made > 0) {
                    delta.put(key, made);
                }
            });
            return new Counts(delta);
        }

        /** The writes one by one, e.g. {@code update locks 1, insert messages 2}. */
        String writeBreakdown() {
            return byCommand.entrySet().stream().filter(e -> !isRead(e.getKey()))
                    .map(e -> e.getKey() + " " + e.getValue()).collect(Collectors.joining(", "));
        }

        private long sum(boolean reads) {
            return byCommand.entrySet().stream().filter(e -> isRead(e.getKey()) == reads)
                    .mapToLong(Map.Entry::getValue).sum();
        }

        private static boolean isRead(String key) {
            return READS.contains(key.substring(0, key.indexOf(' ')));
        }
    }

    private final Actuator actuator;

    StoreRoundTrips(Actuator actuator) {
        this.actuator = actuator;
    }

    /** The counts now; {@link Counts#NONE} if the app does not expose the metric. */
    Counts now() throws InterruptedException {
        try {
            HttpResponse<String> scrape = actuator.get("prometheus");
            if (scrape.statusCode() != 200) {
                return Counts.NONE;
            }
            Map<String, Long> counts = new TreeMap<>();
            for (String line : scrape.body().split("\n")) {
                if (line.startsWith(SERIES)) {
                    Map<String, String> tags = tags(line.substring(SERIES.length(), line.lastIndexOf('}')));
                    long count = (long) Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1));
                    counts.merge(tags.get("command") + " " + tags.getOrDefault("collection", "-"), count, Long::sum);
                }
            }
            return new Counts(counts);
        } catch (IOException | RuntimeException e) {
            return Counts.NONE;
        }
    }

    private static Map<String, String> tags(String tags) {
        Map<String, String> parsed = new TreeMap<>();
        Matcher tag = TAG.matcher(tags);
        while (tag.find()) {
            parsed.put(tag.group(1), tag.group(2));
        }
        return parsed;
    }
}
