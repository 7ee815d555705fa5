package org.helpline.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;

import com.mongodb.client.MongoClient;

/**
 * Two app instances on one store, as when scaling out: the second reaches the first's embedded store over its
 * port, as it would reach a MongoDB replica set. Closing stops the second, then the first and its store.
 */
public final class TwoInstances implements AutoCloseable {

    private final RunningApp first;
    private final RunningApp second;

    private TwoInstances(RunningApp first, RunningApp second) {
        this.first = first;
        this.second = second;
    }

    public static TwoInstances start(List<Class<?>> configurations, String... properties) {
        return start(configurations, List.of(), List.of(), properties);
    }

    /** With {@code firstOnly} and {@code secondOnly} given to one instance each, e.g. a Bot API door of its own. */
    public static TwoInstances start(List<Class<?>> configurations, List<String> firstOnly, List<String> secondOnly,
                                     String... properties) {
        Path data;
        try {
            data = Files.createDirectories(Path.of("target", "test-data", "two-instances-" + UUID.randomUUID()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        RunningApp first = RunningApp.start(configurations, data.resolve("first"), joined(properties, firstOnly));
        try {
            String store = first.bean(MongoClient.class).getClusterDescription().getServerDescriptions().getFirst()
                    .getAddress().toString();
            List<String> second = new ArrayList<>(secondOnly);
            second.add("--helpline.store.mongodb-uri=mongodb://" + store + "/helpline");
            return new TwoInstances(first, RunningApp.start(configurations, data.resolve("second"), joined(properties, second)));
        } catch (RuntimeException e) {
            first.close();
            throw e;
        }
    }

    private static String[] joined(String[] properties, List<String> more) {
        return Stream.concat(Arrays.stream(properties), more.stream()).toArray(String[]::new);
    }

    public RunningApp first() {
        return first;
    }

    public RunningApp second() {
        return second;
    }

    public List<RunningApp> both() {
        return List.of(first, second);
    }

    @Override
    public void close() {
        try {
            second.close();
        } finally {
            first.close();
        }
    }
}
