package org.helpline.knowledge;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;

import org.helpline.site.PublicUrl;
import org.helpline.site.SiteSettings;

/** A knowledge base over a folder without Spring: index, served articles, folder watcher and the API. */
final class KnowledgeFixture implements AutoCloseable {

    static final Path REAL_FOLDER = Path.of("knowledge-base");

    final SearchIndex index = new SearchIndex();
    final Articles articles = new Articles(index);
    final KnowledgeFolder folder;
    final KnowledgeBase knowledge;

    KnowledgeFixture(Path dir, Duration pollInterval, Double minScore) {
        KnowledgeSettings settings = new KnowledgeSettings(dir, minScore, pollInterval);
        folder = new KnowledgeFolder(settings, articles, index);
        folder.start();
        knowledge = new KnowledgeBase(articles, index, settings,
                new PublicUrl(new SiteSettings("http://kb.test"), "localhost", 8080));
    }

    static KnowledgeFixture real() {
        return new KnowledgeFixture(REAL_FOLDER, Duration.ofHours(1), null);
    }

    @Override
    public void close() {
        try {
            folder.close();
            index.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
