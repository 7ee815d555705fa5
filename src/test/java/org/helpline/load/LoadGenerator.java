package org.helpline.load;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.stream.Stream;

import org.helpline.HelplineApplication;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Load for the web chat: at each level N concurrent clients walk whole intakes (consent to ticket number) through
 * the HTTP API ({@link WebIntake}), then N writers do the same store writes straight through the MongoDB driver
 * ({@link RawStore}), so the app's rate can be read against what its store alone allows ({@link Report}); then N
 * Telegram clients send their intakes through a loopback Bot API ({@link TelegramPhase}).
 *
 * <p>Not a test (no class here matches Surefire's default includes) and not packaged: run it with
 * {@code tools/load.sh --clients 1,16,64 --seconds 20}; the options are in {@link Options}.
 */
public final class LoadGenerator {

    /** Intakes one client walks alone to count the store round trips of each step. */
    private static final int PROFILED_INTAKES = 3;

    private final Options options;
    private final HttpClient http = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10))
            .executor(Executors.newVirtualThreadPerTaskExecutor())
            .build();

    private LoadGenerator(Options options) {
        this.options = options;
    }

    public static void main(String[] args) throws Exception {
        Options options;
        try {
            options = Options.parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.err.println(Options.USAGE);
            System.exit(2);
            return;
        }
        new LoadGenerator(options).run();
        // The in-process app and the HTTP client leave non-daemon threads behind.
        System.exit(0);
    }

    private void run() throws Exception {
        quietLogging();
        Path scratch = Files.createTempDirectory("helpline-load-");
        ConfigurableApplicationContext app = null;
        try (TelegramPhase telegram = options.runsTelegram() ? new TelegramPhase() : null) {
            URI base = null; // no app phase
            if (options.appInThisJvm()) {
                app = startApp(scratch.resolve("app-data"), telegram == null ? List.of() : telegram.appArguments());
                base = URI.create("http://127.0.0.1:" + app.getEnvironment().getProperty("local.server.port") + "/");
            } else if (options.runsApp()) {
                base = URI.create(options.url().endsWith("/") ? options.url() : options.url() + "/");
            }
            try (RawStore raw = options.runsRaw() ? RawStore.open(options.mongodbUri(), scratch.resolve("raw-data")) : null) {
                printHeader(base, raw);
                runLevels(options.runsApp() ? base : null, raw, telegram == null ? null : new TelegramRun(telegram, app));
            }
        } finally {
            if (app != null) {
                app.close();
            }
            deleteRecursively(scratch);
        }
    }

    private void printHeader(URI base, RawStore raw) {
        String store = options.mongodbUri() == null ? "its embedded store" : redact(options.mongodbUri());
        String app = base == null ? "not run" : options.appInThisJvm() ? "in this JVM at " + base + " on " + store
                : "remote at " + base;
        System.out.printf(Locale.ROOT, "Helpline load: app %s; raw store: %s; %s per level, %d core(s) here, Java %s%n",
                app, raw == null ? "not run" : raw.description(),
                options.intakes() > 0 ? options.intakes() + " intake(s) per client" : options.seconds() + " s",
                Runtime.getRuntime().availableProcessors(), Runtime.version());
        if (options.appInThisJvm()) {
            System.out.println("Note: the app runs in this JVM, so its heap figures include the load generator's own.");
        }
        if (options.runsTelegram()) {
            System.out.println("Telegram: one intake per client per level through a loopback Bot API, replies sent at "
                    + "Telegram's pace (30 messages/s in all, 1/s per chat after a burst of 5)");
        }
    }

    /** The Telegram phase with the in-process app it loads. */
    private record TelegramRun(TelegramPhase phase, ConfigurableApplicationContext app) {
    }

    /** {@code base}: the app for the web phase; a phase not run is null. */
    private void runLevels(URI base, RawStore raw, TelegramRun telegram) throws Exception {
        Actuator actuator = base == null ? null : new Actuator(http, base);
        AppHeap heap = actuator == null ? null : new AppHeap(actuator, options.appInThisJvm());
        StoreRoundTrips trips = actuator == null ? null : new StoreRoundTrips(actuator);
        if (options.warmupSeconds() > 0) {
            // The first seconds run interpreted code and fill caches and pools; they would skew the first level.
            int warmClients = Math.min(8, options.mostClients());
            System.out.printf(Locale.ROOT, "Warming up for %d s (%d clients, app then raw store), not counted...%n",
                    options.warmupSeconds(), warmClients);
            level(base, heap, trips, raw, null, warmClients, Duration.ofSeconds(options.warmupSeconds()), 0);
        }
        if (trips != null) {
            Report.steps(StepProfile.measure(new WebIntake(http, base, options.lang(), new Latencies()), trips,
                    PROFILED_INTAKES), PROFILED_INTAKES);
        }
        List<Report.Level> levels = new ArrayList<>();
        for (int clients : options.clients()) {
            Duration duration = Duration.ofSeconds(options.seconds());
            Report.Level level = level(base, heap, trips, raw, telegram, clients, duration, options.intakes());
            Report.print(level);
            levels.add(level);
        }
        Report.table(levels);
    }

    /**
     * The app first, then the raw store, then Telegram, one after the other so that none takes another's CPU; a
     * phase not run is null in the level.
     */
    private Report.Level level(URI base, AppHeap heap, StoreRoundTrips trips, RawStore raw, TelegramRun telegram,
                               int clients, Duration duration, int intakesPerClient)
            throws InterruptedException, ExecutionException {
        Latencies replies = new Latencies();
        Phase app = null;
        AppHeap.Reading reading = null;
        StoreRoundTrips.Counts made = StoreRoundTrips.Counts.NONE;
        if (base != null) {
            WebIntake web = new WebIntake(http, base, options.lang(), replies);
            AppHeap.Sampling sampling = heap.sample();
            StoreRoundTrips.Counts before = trips.now();
            app = Phase.run(clients, duration, intakesPerClient, web::walk);
            made = trips.now().since(before);
            reading = sampling.stop();
        }
        Phase rawPhase = null;
        long rawWrites = 0;
        if (raw != null) {
            long writesBefore = raw.writes();
            rawPhase = Phase.run(clients, duration, intakesPerClient, raw::intake);
            rawWrites = raw.writes() - writesBefore;
        }
        TelegramPhase.Result telegramResult = telegram == null ? null : telegram.phase().run(telegram.app(), clients);
        return new Report.Level(clients, app, replies, reading, made, rawPhase, rawWrites, telegramResult);
    }

    private ConfigurableApplicationContext startApp(Path dataDir, List<String> telegram) {
        List<String> args = new ArrayList<>(List.of(
                "--server.port=0",
                "--helpline.store.data-dir=" + dataDir,
                // The defaults (per session and per address) would turn the load into 429s.
                "--helpline.web-chat.sessions-per-minute=100000000",
                "--helpline.web-chat.messages-per-minute=100000000",
                "--management.endpoints.web.exposure.include=health,info,prometheus,metrics",
                "--spring.main.banner-mode=off",
                "--logging.level.root=WARN",
                // "adding secondary index ... not yet implemented" for GridFS, once per bucket use.
                "--logging.level.de.bwaldvogel.mongo.backend=ERROR"));
        if (options.mongodbUri() != null) {
            args.add("--helpline.store.mongodb-uri=" + options.mongodbUri());
        }
        args.addAll(telegram);
        long started = System.nanoTime();
        ConfigurableApplicationContext context =
                SpringApplication.run(HelplineApplication.class, args.toArray(String[]::new));
        System.out.printf(Locale.ROOT, "Started the app in this JVM in %.1f s (data in a temp folder)%n",
                (System.nanoTime() - started) / 1e9);
        return context;
    }

    /** Without Spring Boot (with --url) Logback's default prints every driver and server DEBUG line. */
    private static void quietLogging() {
        if (org.slf4j.LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME) instanceof ch.qos.logback.classic.Logger root) {
            root.setLevel(ch.qos.logback.classic.Level.WARN);
        }
        if (org.slf4j.LoggerFactory.getLogger("de.bwaldvogel.mongo.backend") instanceof ch.qos.logback.classic.Logger server) {
            server.setLevel(ch.qos.logback.classic.Level.ERROR);
        }
    }

    /** Credentials in a MongoDB URI stay out of the output, which people paste into issues. */
    private static String redact(String uri) {
        return uri.replaceAll("//[^@/]*@", "//***@");
    }

    private static void deleteRecursively(Path root) {
        try (Stream<Path> paths = Files.walk(root)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> {
                try {
                    Files.deleteIfExists(path);
                } catch (IOException e) {
                    System.err.println("could not delete " + path + ": " + e.getMessage());
                }
            });
        } catch (IOException e) {
            System.err.println("could not clean up " + root + ": " + e.getMessage());
        }
    }
}
