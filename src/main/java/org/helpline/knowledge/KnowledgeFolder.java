package org.helpline.knowledge;

import java.io.Closeable;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.nio.file.attribute.BasicFileAttributes;
import java.text.ParseException;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps {@link Articles} in step with the knowledge-base folder while the app runs. File-system events trigger a
 * rescan at once; a periodic rescan (comparing modification times and sizes) catches what events miss: saves by
 * rename, bind mounts, new language folders. All loading happens on one thread, so changes apply in order.
 */
final class KnowledgeFolder implements Closeable {

    static final String SYNONYMS = "synonyms.txt";
    private static final Logger log = LoggerFactory.getLogger(KnowledgeFolder.class);

    private final Path root;
    private final Articles articles;
    private final SearchIndex index;
    private final long pollMillis;
    private final ScheduledExecutorService loader = Executors.newSingleThreadScheduledExecutor(
            Thread.ofPlatform().name("kb-loader").daemon().factory());
    private final Map<String, FileState> seen = new HashMap<>();
    private final Set<Path> watchedFolders = new HashSet<>();
    private WatchService watcher;
    private final AtomicBoolean rescanQueued = new AtomicBoolean();
    private boolean scanned;

    KnowledgeFolder(KnowledgeSettings settings, Articles articles, SearchIndex index) {
        this.root = settings.dir().toAbsolutePath().normalize();
        this.articles = articles;
        this.index = index;
        this.pollMillis = settings.pollInterval().toMillis();
    }

    /** Loads everything now, then follows changes in the background. */
    void start() {
        try {
            watcher = root.getFileSystem().newWatchService();
            Thread.ofPlatform().name("kb-watcher").daemon().start(this::watch);
        } catch (IOException | UnsupportedOperationException e) {
            log.warn("No file-system events for {}; relying on polling every {} ms", root, pollMillis, e);
        }
        try {
            loader.submit(this::scan).get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException e) {
            throw new IllegalStateException("Cannot load the knowledge base from " + root, e.getCause());
        }
        loader.scheduleWithFixedDelay(this::scanSafely, pollMillis, pollMillis, TimeUnit.MILLISECONDS);
        log.info("Knowledge base: {} articles from {}", articles.count(), root);
    }

    /** Each burst of file-system events queues at most one rescan. */
    private void watch() {
        try {
            while (true) {
                WatchKey key = watcher.take();
                key.pollEvents();
                key.reset();
                rescanSoon();
            }
        } catch (InterruptedException | ClosedWatchServiceException | RejectedExecutionException e) {
            // closing
        }
    }

    /** Queues a rescan unless one is already waiting: a burst of changes is read once. */
    void rescanSoon() {
        if (rescanQueued.compareAndSet(false, true)) {
            loader.execute(() -> {
                rescanQueued.set(false);
                scanSafely();
            });
        }
    }

    private void scanSafely() {
        try {
            scan();
        } catch (RuntimeException e) {
            log.error("Knowledge base rescan failed", e);
        }
    }

    private void scan() {
        Map<String, FileState> current = new HashMap<>();
        if (Files.isDirectory(root)) {
            register(root);
            list(root).filter(file -> file.getFileName().toString().equals(SYNONYMS))
                    .forEach(file -> state(file, current));
            list(root).filter(Files::isDirectory).forEach(folder -> {
                register(folder);
                list(folder).filter(file -> file.getFileName().toString().endsWith(".md")).forEach(file -> state(file, current));
            });
        }
        boolean changed = false;
        for (var entry : current.entrySet()) {
            if (!entry.getValue().equals(seen.get(entry.getKey()))) {
                load(entry.getKey());
                changed = true;
            }
        }
        for (String gone : Set.copyOf(seen.keySet())) {
            if (!current.containsKey(gone)) {
                unload(gone);
                changed = true;
            }
        }
        seen.clear();
        seen.putAll(current);
        if (changed || !scanned) {
            articles.reloaded();
            scanned = true;
        }
    }

    private void load(String path) {
        if (path.equals(SYNONYMS)) {
            loadSynonyms();
            return;
        }
        String[] parts = path.split("/");
        try {
            String content = Files.readString(root.resolve(path), StandardCharsets.UTF_8);
            articles.put(ArticleParser.parse(parts[0], parts[1], content), path);
        } catch (BrokenArticleException e) {
            broken(path, e.getMessage());
        } catch (CharacterCodingException e) {
            broken(path, "not UTF-8 text");
        } catch (NoSuchFileException e) {
            // deleted while scanning: the next scan unloads it
        } catch (IOException e) {
            broken(path, "cannot read: " + e.getMessage());
        }
    }

    private void unload(String path) {
        if (path.equals(SYNONYMS)) {
            loadSynonyms();
            return;
        }
        String[] parts = path.split("/");
        String id = parts[1].substring(0, parts[1].length() - ".md".length());
        articles.remove(id, parts[0], path);
        log.info("Knowledge base: {} removed", path);
    }

    /** Reads the synonyms file (none when it is gone); a bad one is reported and the previous rules stay. */
    private void loadSynonyms() {
        Path file = root.resolve(SYNONYMS);
        try {
            index.useSynonyms(Files.exists(file) ? Files.readString(file, StandardCharsets.UTF_8) : "");
            articles.clearBroken(SYNONYMS);
        } catch (ParseException e) {
            broken(SYNONYMS, "bad synonyms near line " + e.getErrorOffset() + ": " + e.getMessage());
        } catch (IllegalArgumentException e) {
            broken(SYNONYMS, "bad synonyms: " + e.getMessage());
        } catch (IOException e) {
            broken(SYNONYMS, "cannot read: " + e.getMessage());
        }
    }

    private void broken(String path, String error) {
        log.warn("Knowledge base: {} is broken, the last good version stays served: {}", path, error);
        articles.markBroken(path, error);
    }

    private void state(Path file, Map<String, FileState> into) {
        try {
            BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
            if (attributes.isRegularFile()) {
                into.put(root.relativize(file).toString().replace('\\', '/'),
                        new FileState(attributes.lastModifiedTime().toMillis(), attributes.size()));
            }
        } catch (IOException e) {
            // vanished between listing and reading: treated as absent
        }
    }

    private static Stream<Path> list(Path folder) {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(file -> !file.getFileName().toString().startsWith(".")).toList().stream();
        } catch (IOException e) {
            return Stream.empty();
        }
    }

    private void register(Path folder) {
        if (watcher != null && watchedFolders.add(folder)) {
            try {
                folder.register(watcher, StandardWatchEventKinds.ENTRY_CREATE, StandardWatchEventKinds.ENTRY_MODIFY,
                        StandardWatchEventKinds.ENTRY_DELETE);
            } catch (IOException e) {
                log.warn("Cannot watch {}; polling covers it", folder, e);
            }
        }
    }

    @Override
    public void close() throws IOException {
        if (watcher != null) {
            watcher.close();
        }
        loader.shutdown();
        try {
            if (!loader.awaitTermination(10, TimeUnit.SECONDS)) {
                loader.shutdownNow();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private record FileState(long modifiedMillis, long size) {
    }
}
