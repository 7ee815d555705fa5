package org.helpline.load;

import java.io.IOException;
import java.net.http.HttpResponse;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The app's heap, read through its Actuator so that an app in this JVM and a remote one (--url) give the same
 * figures: the metrics endpoint when exposed, else the Prometheus scrape, which the app exposes by default.
 */
final class AppHeap {

    /** Bytes; -1 where the app did not tell. */
    record Reading(long max, long end, long live, long limit) {
    }

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final Actuator actuator;
    private final boolean inThisJvm;

    AppHeap(Actuator actuator, boolean inThisJvm) {
        this.actuator = actuator;
        this.inThisJvm = inThisJvm;
    }

    /** Samples the heap used once a second until {@link Sampling#stop()}: the most a level needed. */
    Sampling sample() {
        return new Sampling();
    }

    final class Sampling {
        private volatile long max = -1;
        private final Thread sampler = Thread.ofVirtual().start(() -> {
            while (!Thread.currentThread().isInterrupted()) {
                max = Math.max(max, used());
                try {
                    Thread.sleep(1_000);
                } catch (InterruptedException e) {
                    return;
                }
            }
        });

        Reading stop() throws InterruptedException {
            sampler.interrupt();
            sampler.join();
            long end = used();
            long live;
            if (inThisJvm) {
                // Same JVM: a full collection here shows what the app (and this generator) really keeps.
                System.gc();
                live = used();
            } else {
                live = liveAfterGc();
                live = live > 0 ? live : -1; // 0: no old-generation collection has happened yet
            }
            return new Reading(Math.max(max, end), end, live, limit());
        }
    }

    private long used() {
        return gauge("jvm.memory.used?tag=area:heap", "jvm_memory_used_bytes{", "area=\"heap\"");
    }

    /** -Xmx, or the JVM's default share of RAM. */
    private long limit() {
        return gauge("jvm.memory.max?tag=area:heap", "jvm_memory_max_bytes{", "area=\"heap\"");
    }

    /** What the old generation held right after the last major collection (0 before the first one). */
    private long liveAfterGc() {
        return gauge("jvm.gc.live.data.size", "jvm_gc_live_data_size_bytes", "");
    }

    /** A gauge summed over its series (one per heap pool), negative "undefined" values skipped; -1 if absent. */
    private long gauge(String actuatorName, String prometheusPrefix, String prometheusTag) {
        try {
            HttpResponse<String> metric = actuator.get("metrics/" + actuatorName);
            if (metric.statusCode() == 200) {
                for (JsonNode measurement : JSON.readTree(metric.body()).path("measurements")) {
                    if ("VALUE".equals(measurement.path("statistic").asString())) {
                        return (long) measurement.path("value").asDouble();
                    }
                }
            }
            HttpResponse<String> prometheus = actuator.get("prometheus");
            if (prometheus.statusCode() == 200) {
                double sum = 0;
                boolean found = false;
                for (String line : prometheus.body().split("\n")) {
                    if (line.startsWith(prometheusPrefix) && line.contains(prometheusTag)) {
                        sum += Math.max(0, Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1)));
                        found = true;
                    }
                }
                if (found) {
                    return (long) sum;
                }
            }
        } catch (IOException | RuntimeException e) {
            // Reported as unknown: heap figures are secondary to the rates.
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return -1;
    }
}
