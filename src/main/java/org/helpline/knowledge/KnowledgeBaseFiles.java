package org.helpline.knowledge;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.springframework.stereotype.Service;

/**
 * The article files as editors change them from the console. A save is checked by the loader's own parser first, so
 * a file the loader would refuse is never written; a good one is written beside the old and renamed over it, so the
 * folder never holds half a file. The folder's watcher then serves it as it serves any edit. A retired article is
 * moved to {@value #RETIRED}, which the loader skips (its name starts with a dot), so it can be brought back.
 */
@Service
public class KnowledgeBaseFiles {

    static final String RETIRED = ".retired";

    /** One article file: its title when it is served in this language, and the loader's complaint when it is broken. */
    public record KnowledgeBaseFile(String lang, String id, String title, String broken) {
    }

    /** What a saved file would show: the title and the body as the public page renders it. */
    public record KnowledgeBasePreview(String title, String html) {
    }

    private final Path root;
    private final Articles articles;
    private final KnowledgeFolder folder;

    KnowledgeBaseFiles(KnowledgeSettings settings, Articles articles, KnowledgeFolder folder) {
        this.root = settings.dir().toAbsolutePath().normalize();
        this.articles = articles;
        this.folder = folder;
    }

    /** Every article file of every language, by language then id. */
    public List<KnowledgeBaseFile> list() {
        Map<String, String> broken = articles.status().broken().stream()
                .collect(Collectors.toMap(Articles.Status.Broken::path, Articles.Status.Broken::error));
        List<KnowledgeBaseFile> files = new ArrayList<>();
        for (String lang : ArticleParser.LANGUAGES.stream().sorted().toList()) {
            try (Stream<Path> found = Files.list(root.resolve(lang))) {
                found.map(file -> file.getFileName().toString()).filter(name -> name.endsWith(".md") && !name.startsWith("."))
                        .forEach(name -> {
                            String id = name.substring(0, name.length() - ".md".length());
                            String title = articles.find(id, lang).filter(article -> article.lang().equals(lang))
                                    .map(Article::title).orElse(null);
                            files.add(new KnowledgeBaseFile(lang, id, title, broken.get(lang + "/" + name)));
                        });
            } catch (IOException noFolder) {
                // a language without a folder has no articles
            }
        }
        files.sort(Comparator.comparing(KnowledgeBaseFile::lang).thenComparing(KnowledgeBaseFile::id));
        return files;
    }

    /** The file's text as it is on disk, if the article exists in that language. */
    public Optional<String> read(String lang, String id) {
        if (!ArticleParser.LANGUAGES.contains(lang) || !ArticleParser.validId(id)) {
            return Optional.empty();
        }
        Path file = file(lang, id);
        try {
            return Files.isRegularFile(file) ? Optional.of(Files.readString(file, StandardCharsets.UTF_8)) : Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Checks the text as the loader would read it from {@code <lang>/<id>.md}; the exception says what is wrong. */
    public KnowledgeBasePreview check(String lang, String id, String content) throws KnowledgeBaseException {
        try {
            Article article = ArticleParser.parse(lang, id + ".md", content);
            return new KnowledgeBasePreview(article.title(), article.html());
        } catch (BrokenArticleException e) {
            throw new KnowledgeBaseException(e);
        }
    }

    /** Writes the article if the loader would accept it; answers the text it replaced (none for a new article). */
    public synchronized Optional<String> save(String lang, String id, String content) throws KnowledgeBaseException {
        check(lang, id, content);
        Optional<String> before = read(lang, id);
        replace(file(lang, id), content);
        return before;
    }

    /** Takes the article out of service, keeping a copy under {@value #RETIRED}; answers its last text. */
    public synchronized Optional<String> retire(String lang, String id) {
        Optional<String> before = read(lang, id);
        if (before.isPresent()) {
            try {
                Path kept = root.resolve(RETIRED).resolve(lang).resolve(id + ".md");
                Files.createDirectories(kept.getParent());
                Files.move(file(lang, id), kept, StandardCopyOption.REPLACE_EXISTING);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            folder.rescanSoon();
        }
        return before;
    }

    private void replace(Path file, String content) {
        try {
            Files.createDirectories(file.getParent());
            // A dot-name: the loader skips it while it is being written.
            Path temporary = Files.createTempFile(file.getParent(), "." + file.getFileName(), ".tmp");
            try {
                Files.writeString(temporary, content, StandardCharsets.UTF_8);
                Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } finally {
                Files.deleteIfExists(temporary);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        folder.rescanSoon();
    }

    private Path file(String lang, String id) {
        return root.resolve(lang).resolve(id + ".md");
    }
}
