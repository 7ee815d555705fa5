package org.helpline.knowledge;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentSkipListMap;

/**
 * The articles being served (the last good version of each file) and the files that could not be loaded. Changes
 * go to the search index, and become searchable together when a batch is {@linkplain #reloaded() complete}. Thread-safe; changes come from one thread, the folder scanner.
 */
final class Articles {

    private final Map<String, Map<String, Article>> byId = new ConcurrentHashMap<>();
    private final Map<String, String> broken = new ConcurrentSkipListMap<>();
    private final SearchIndex index;
    private volatile Instant lastReload = Instant.EPOCH;

    Articles(SearchIndex index) {
        this.index = index;
    }

    /** The article in {@code lang}, or in another language when it has no {@code lang} version. */
    Optional<Article> find(String id, String lang) {
        Map<String, Article> versions = byId.getOrDefault(id, Map.of());
        Article wanted = versions.get(lang);
        return wanted != null ? Optional.of(wanted) : versions.values().stream().sorted(
                (a, b) -> a.lang().compareTo(b.lang())).findFirst();
    }

    int count() {
        return byId.values().stream().mapToInt(Map::size).sum();
    }

    void put(Article article, String path) {
        broken.remove(path);
        byId.computeIfAbsent(article.id(), id -> new ConcurrentHashMap<>()).put(article.lang(), article);
        reindex(article.id());
    }

    void remove(String id, String lang, String path) {
        broken.remove(path);
        Map<String, Article> versions = byId.get(id);
        if (versions != null && versions.remove(lang) != null) {
            if (versions.isEmpty()) {
                byId.remove(id);
            }
            reindex(id);
        }
    }

    void markBroken(String path, String error) {
        broken.put(path, error);
    }

    void clearBroken(String path) {
        broken.remove(path);
    }

    /** A batch of changes is complete: searches see it from now on. */
    void reloaded() {
        index.refresh();
        lastReload = Instant.now();
    }

    Status status() {
        List<Status.Broken> files = broken.entrySet().stream()
                .map(entry -> new Status.Broken(entry.getKey(), entry.getValue())).toList();
        return new Status(count(), files, lastReload);
    }

    private void reindex(String id) {
        index.put(id, byId.getOrDefault(id, Map.of()).values());
    }

    /** What {@code GET /api/kb/status} reports: articles served (per language), broken files, the last reload. */
    record Status(int articles, List<Broken> broken, Instant lastReload) {
        record Broken(String path, String error) {
        }
    }
}
