package org.helpline.load;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What the run prints: a paragraph as each level ends, so a long run shows progress and the first errors early,
 * and one table at the end to compare the levels.
 */
final class Report {

    /** One level: the app over HTTP, then the store alone, with the same number of clients; null: not run. */
    record Level(int clients, Phase app, Latencies replies, AppHeap.Reading heap, StoreRoundTrips.Counts trips,
                 Phase raw, long rawWrites, TelegramPhase.Result telegram) {

        /** The app's store writes per answered client request; NaN where the app does not tell. */
        double writesPerMessage() {
            return app == null || trips.byCommand().isEmpty() || replies.count() == 0 ? Double.NaN
                    : (double) trips.writes() / replies.count();
        }

        /** How much of the store's own rate the app reaches: the cost of everything above the store. */
        double appToRaw() {
            return app == null || raw == null || raw.intakesPerSecond() == 0 ? Double.NaN
                    : app.intakesPerSecond() / raw.intakesPerSecond();
        }
    }

    private Report() {
    }

    static void print(Level level) {
        printf("%n== %d client(s) ==%n", level.clients());
        Phase app = level.app();
        if (app != null) {
            Latencies replies = level.replies();
            AppHeap.Reading heap = level.heap();
            printf("app: %d complete intakes in %.1f s = %.2f intakes/s; %d messages = %.1f messages/s; "
                            + "failed intakes %d%n",
                    app.intakes(), app.seconds(), app.intakesPerSecond(), replies.count(),
                    app.perSecond(replies.count()), app.failures());
            printf("app: reply latency p50 %.1f ms, p99 %.1f ms, max %.1f ms%n",
                    replies.percentileMillis(50), replies.percentileMillis(99), replies.maxMillis());
            printf("app: heap used %s MB at end, %s MB max (sampled each second); live %s MB; heap limit %s MB%n",
                    megabytes(heap.end()), megabytes(heap.max()), megabytes(heap.live()), megabytes(heap.limit()));
            if (!level.trips().byCommand().isEmpty()) {
                printf("app: store round trips %d writes + %d reads = %.2f writes and %.2f reads per message%n",
                        level.trips().writes(), level.trips().reads(), level.writesPerMessage(),
                        replies.count() == 0 ? Double.NaN : (double) level.trips().reads() / replies.count());
            }
            app.firstErrors().forEach(error -> System.out.println("app: error: " + error));
        }
        Phase raw = level.raw();
        if (raw != null) {
            printf("raw store, %d writer(s): %d intakes in %.1f s = %.2f intakes/s; %d writes = %.0f writes/s; "
                            + "failed intakes %d%n",
                    level.clients(), raw.intakes(), raw.seconds(), raw.intakesPerSecond(), level.rawWrites(),
                    raw.perSecond(level.rawWrites()), raw.failures());
            raw.firstErrors().forEach(error -> System.out.println("raw: error: " + error));
        }
        if (app != null && raw != null) {
            printf("app/raw = %.2f%n", level.appToRaw());
        }
        TelegramPhase.Result telegram = level.telegram();
        if (telegram != null) {
            printf("telegram: %d updates handled in %.1f s = %.0f updates/s; first reply p50 %.0f ms, p99 %.0f ms; "
                            + "ticket number p50 %.0f ms, p99 %.0f ms; %d of %d chats complete, exactly once and in order%n",
                    telegram.updates(), telegram.ingestSeconds(), telegram.updatesPerSecond(),
                    telegram.firstReply().percentileMillis(50), telegram.firstReply().percentileMillis(99),
                    telegram.registered().percentileMillis(50), telegram.registered().percentileMillis(99),
                    telegram.chatsComplete(), telegram.clients());
            telegram.problems().stream().limit(5).forEach(problem -> System.out.println("telegram: problem: " + problem));
        }
    }

    /** The app's store round trips for each step of one intake, and their sum. */
    static void steps(Map<String, StoreRoundTrips.Counts> steps, int walks) {
        if (steps.isEmpty()) {
            System.out.println("Store round trips per step: unknown (the app exposes no mongodb.driver.commands metric)");
            return;
        }
        printf("%nStore round trips per client message, one client alone (fewest of %d intakes):%n", walks);
        printf("%-26s %6s %6s  %s%n", "step", "writes", "reads", "writes by command and collection");
        long writes = 0;
        long reads = 0;
        for (var step : steps.entrySet()) {
            StoreRoundTrips.Counts counts = step.getValue();
            printf("%-26s %6d %6d  %s%n", step.getKey(), counts.writes(), counts.reads(), counts.writeBreakdown());
            writes += counts.writes();
            reads += counts.reads();
        }
        printf("%-26s %6d %6d  (%d requests)%n", "whole intake", writes, reads, steps.size());
    }

    static void table(List<Level> levels) {
        printf("%n%-8s %10s %11s %8s %8s %8s %8s %7s %7s %14s %9s %8s %8s%n", "clients", "intakes/s", "messages/s",
                "p50 ms", "p99 ms", "heap MB", "live MB", "failed", "wr/msg", "raw intakes/s", "raw wr/s", "raw fail",
                "app/raw");
        for (Level level : levels) {
            Phase app = level.app();
            Phase raw = level.raw();
            String appColumns = app == null
                    ? "%10s %11s %8s %8s %8s %8s %7s %7s".formatted("-", "-", "-", "-", "-", "-", "-", "-")
                    : String.format(Locale.ROOT, "%10.2f %11.1f %8.1f %8.1f %8s %8s %7d %7.2f", app.intakesPerSecond(),
                    app.perSecond(level.replies().count()), level.replies().percentileMillis(50),
                    level.replies().percentileMillis(99), megabytes(level.heap().max()),
                    megabytes(level.heap().live()), app.failures(), level.writesPerMessage());
            String rawColumns = raw == null ? "%14s %9s %8s".formatted("-", "-", "-")
                    : String.format(Locale.ROOT, "%14.2f %9.0f %8d", raw.intakesPerSecond(),
                    raw.perSecond(level.rawWrites()), raw.failures());
            String appToRaw = app == null || raw == null ? "-" : String.format(Locale.ROOT, "%.2f", level.appToRaw());
            printf("%-8d %s %s %8s%n", level.clients(), appColumns, rawColumns, appToRaw);
        }
        telegramTable(levels);
        System.out.println("heap MB: most heap used while the level ran. live MB: heap used after a System.gc() at "
                + "the end of the level (in-process), or the app's jvm.gc.live.data.size (with --url; ? before any "
                + "old-generation GC). failed, raw fail: intakes that did not complete. wr/msg: the app's store writes per "
                + "answered request (mongodb.driver.commands). raw wr/s: the raw phase's "
                + "writes per second.");
    }

    private static void telegramTable(List<Level> levels) {
        if (levels.stream().allMatch(level -> level.telegram() == null)) {
            return;
        }
        printf("%n%-8s %12s %16s %16s %10s%n", "clients", "updates/s", "1st reply p99 ms", "ticket no p99 ms",
                "complete");
        for (Level level : levels) {
            TelegramPhase.Result telegram = level.telegram();
            if (telegram != null) {
                printf("%-8d %12.0f %16.0f %16.0f %5d/%-4d%n", level.clients(), telegram.updatesPerSecond(),
                        telegram.firstReply().percentileMillis(99), telegram.registered().percentileMillis(99),
                        telegram.chatsComplete(), telegram.clients());
            }
        }
        System.out.println("updates/s: Telegram updates the app handled per second, all clients' intakes sent at "
                + "once. 1st reply, ticket no: from the updates to the bot's first message and to the message with the "
                + "ticket number, as the Bot API received them (paced). complete: chats whose messages match their "
                + "transcript exactly (nothing lost or sent twice) with one ticket number.");
    }

    private static String megabytes(long bytes) {
        return bytes < 0 ? "?" : String.valueOf(Math.round(bytes / (1024.0 * 1024.0)));
    }

    // Locale.ROOT: a decimal point whatever the machine's locale, so outputs compare and parse alike.
    private static void printf(String format, Object... args) {
        System.out.print(String.format(Locale.ROOT, format, args));
    }
}
