package org.helpline.load;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The command line:
 * <ul>
 *   <li>{@code --clients 1,16,64} concurrent clients per level (default 1,16,64)</li>
 *   <li>{@code --seconds 20} per level and phase; or {@code --intakes N} per client instead</li>
 *   <li>{@code --warmup-seconds 5} once before the levels, for the app and for the raw store (0: none)</li>
 *   <li>{@code --url http://host:port} target a running app instead of starting one in this JVM; that app
 *       needs raised {@code helpline.web-chat.*-per-minute} limits</li>
 *   <li>{@code --mongodb-uri mongodb://...} the store: passed to the in-process app, and used for the raw
 *       phase (database {@code helpline_load_raw}, dropped afterwards); without it the raw phase opens the
 *       app's own embedded store on a folder of its own</li>
 *   <li>{@code --lang ru} the language the web clients chat in</li>
 *   <li>{@code --phases app,raw,telegram} which phases run at each level: {@code raw} alone starts no app, to
 *       measure the store with nothing else in this JVM; {@code telegram} (clients through a loopback Bot API)
 *       needs the app in this JVM</li>
 * </ul>
 * Both {@code --name value} and {@code --name=value} work.
 */
record Options(List<Integer> clients, int seconds, int intakes, int warmupSeconds, String url, String mongodbUri,
               String lang, Set<String> phases) {

    static final String USAGE = "usage: LoadGenerator [--clients 1,16,64] [--seconds 20 | --intakes N] "
            + "[--warmup-seconds 5] [--url http://host:port] [--mongodb-uri mongodb://...] [--lang ru] "
            + "[--phases app,raw,telegram]";

    private static final Set<String> NAMES =
            Set.of("clients", "seconds", "intakes", "warmup-seconds", "url", "mongodb-uri", "lang", "phases");
    private static final Set<String> PHASES = Set.of("app", "raw", "telegram");

    /** @throws IllegalArgumentException naming what is wrong, for the user to read above {@link #USAGE} */
    static Options parse(String[] args) {
        Map<String, String> values = new HashMap<>();
        for (int i = 0; i < args.length; i++) {
            if (!args[i].startsWith("--")) {
                throw new IllegalArgumentException("unexpected argument: " + args[i]);
            }
            String name = args[i].substring(2);
            String value;
            int eq = name.indexOf('=');
            if (eq >= 0) {
                value = name.substring(eq + 1);
                name = name.substring(0, eq);
            } else if (i + 1 < args.length) {
                value = args[++i];
            } else {
                throw new IllegalArgumentException("missing value for --" + name);
            }
            if (!NAMES.contains(name)) {
                throw new IllegalArgumentException("unknown option --" + name);
            }
            values.put(name, value);
        }
        List<Integer> clients = Stream.of(values.getOrDefault("clients", "1,16,64").split(","))
                .map(String::trim).filter(s -> !s.isEmpty()).map(Integer::parseInt).toList();
        if (clients.isEmpty() || clients.stream().anyMatch(n -> n < 1)) {
            throw new IllegalArgumentException("--clients needs positive numbers, e.g. 1,16,64");
        }
        Set<String> phases = Stream.of(values.getOrDefault("phases", "app,raw,telegram").split(","))
                .map(String::trim).filter(s -> !s.isEmpty()).collect(Collectors.toUnmodifiableSet());
        if (phases.isEmpty() || !PHASES.containsAll(phases)) {
            throw new IllegalArgumentException("--phases takes app, raw and telegram, e.g. app,raw");
        }
        if (phases.contains("telegram") && values.containsKey("url")) {
            throw new IllegalArgumentException("--phases telegram points the app at a loopback Bot API, so it needs "
                    + "the app in this JVM: leave out --url, or the telegram phase");
        }
        return new Options(clients, Integer.parseInt(values.getOrDefault("seconds", "20")),
                Integer.parseInt(values.getOrDefault("intakes", "0")),
                Integer.parseInt(values.getOrDefault("warmup-seconds", "5")),
                values.get("url"), values.get("mongodb-uri"), values.getOrDefault("lang", "ru"), phases);
    }

    boolean appInThisJvm() {
        return url == null && (runsApp() || runsTelegram());
    }

    boolean runsApp() {
        return phases.contains("app");
    }

    boolean runsTelegram() {
        return phases.contains("telegram");
    }

    boolean runsRaw() {
        return phases.contains("raw");
    }

    int mostClients() {
        return clients.stream().mapToInt(Integer::intValue).max().orElseThrow();
    }
}
