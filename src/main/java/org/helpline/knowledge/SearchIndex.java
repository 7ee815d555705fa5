package org.helpline.knowledge;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.ParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.lucene.document.Document;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.SerialMergeScheduler;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.Weight;
import org.apache.lucene.store.ByteBuffersDirectory;

/**
 * The in-memory Lucene index of all articles: one document per article and language, replaced as a block per id
 * when any language version changes, and searched through a {@link SearcherManager}. Thread-safe.
 */
final class SearchIndex implements Closeable {

    /** Longer text is cut: a question does not need more, and the query stays small. */
    private static final int MAX_QUERY_CHARS = 300;

    private final ArticleFields fields = new ArticleFields();
    private final IndexWriter writer;
    private final SearcherManager searchers;

    SearchIndex() {
        try {
            // merges in the writing thread: replaced versions then leave the scoring statistics at the same moments
            // every run, so the same articles always rank the same (background merges made the eval vary)
            IndexWriterConfig config = new IndexWriterConfig(fields.indexAnalyzer()).setMergeScheduler(new SerialMergeScheduler());
            writer = new IndexWriter(new ByteBuffersDirectory(), config);
            searchers = new SearcherManager(writer, null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Replaces the editors' synonyms (Solr format); on a parse error the previous ones stay in use. */
    void useSynonyms(String rules) throws ParseException {
        fields.useSynonyms(rules);
    }

    /**
     * Indexes the language versions of one article, replacing whatever was indexed for its id; no versions removes
     * it. Searches see the change after {@link #refresh()}.
     */
    void put(String id, Collection<Article> versions) {
        List<Document> documents = new ArrayList<>();
        for (Article article : versions) {
            documents.add(fields.document(article, versions));
        }
        try {
            if (documents.isEmpty()) {
                writer.deleteDocuments(new Term(ArticleFields.ID, id));
            } else {
                writer.updateDocuments(new Term(ArticleFields.ID, id), documents);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Makes all changes so far visible to searches. */
    void refresh() {
        try {
            searchers.maybeRefreshBlocking();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Best articles for {@code text}, one per id, best first. With a {@code lang} only articles serving it are
     * searched; without one every language is, each with its own analysis.
     */
    List<Hit> search(String text, String lang, int limit) {
        return search(text, lang, limit, false);
    }

    /** As {@link #search}, each hit also telling which of the text's meaningful words it matches, and where. */
    List<Hit> searchWithWords(String text, String lang, int limit) {
        return search(text, lang, limit, true);
    }

    private List<Hit> search(String text, String lang, int limit, boolean withWords) {
        String cut = cut(text);
        try {
            IndexSearcher searcher = searchers.acquire();
            try {
                Query query = fields.query(cut, lang, searcher.getIndexReader());
                if (query == null) {
                    return List.of();
                }
                ScoreDoc[] docs = searchWithFallback(searcher, query, cut, lang, limit * 2 + 2);
                return collect(searcher, docs, limit, withWords ? new WordMatcher(searcher, cut, lang) : null);
            } finally {
                searchers.release(searcher);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** How many words of {@code text} carry meaning; see {@link ArticleFields#meaningfulWords(String)}. */
    int meaningfulWords(String text) {
        return fields.meaningfulWords(cut(text));
    }

    /** The meaningful words of {@code text}; see {@link ArticleFields#meaningfulWordList(String)}. */
    List<String> meaningfulWordList(String text) {
        return fields.meaningfulWordList(cut(text));
    }

    private static String cut(String text) {
        return text.length() > MAX_QUERY_CHARS ? text.substring(0, MAX_QUERY_CHARS) : text;
    }

    /** A query with too many clauses (many words, synonyms, typos) is retried without typo tolerance. */
    private ScoreDoc[] searchWithFallback(IndexSearcher searcher, Query query, String text, String lang, int n)
            throws IOException {
        try {
            return searcher.search(query, n).scoreDocs;
        } catch (IndexSearcher.TooManyClauses e) {
            return searcher.search(fields.query(text, lang, null), n).scoreDocs;
        }
    }

    private static List<Hit> collect(IndexSearcher searcher, ScoreDoc[] docs, int limit, WordMatcher words)
            throws IOException {
        StoredFields stored = searcher.storedFields();
        Map<String, Hit> best = new LinkedHashMap<>();
        for (ScoreDoc scoreDoc : docs) {
            Document document = stored.document(scoreDoc.doc);
            String id = document.get(ArticleFields.ID);
            if (!best.containsKey(id)) {
                best.put(id, new Hit(id, document.get(ArticleFields.LANG), scoreDoc.score,
                        words == null ? Map.of() : words.matchedBy(scoreDoc.doc)));
            }
            if (best.size() == limit) {
                break;
            }
        }
        return List.copyOf(best.values());
    }

    /** Tells where a document matches each meaningful word of a text, each word searched as the whole text is. */
    private final class WordMatcher {
        private final IndexSearcher searcher;
        private final Map<String, Map<WordMatch, Weight>> weights = new LinkedHashMap<>();

        WordMatcher(IndexSearcher searcher, String text, String lang) throws IOException {
            this.searcher = searcher;
            for (String word : fields.meaningfulWordList(text)) {
                Map<WordMatch, Weight> levels = new EnumMap<>(WordMatch.class);
                for (WordMatch level : WordMatch.values()) {
                    Query query = fields.query(word, lang, searcher.getIndexReader(), level.parts());
                    if (query != null) {
                        levels.put(level, searcher.createWeight(searcher.rewrite(query), ScoreMode.COMPLETE_NO_SCORES, 1));
                    }
                }
                weights.put(word, levels);
            }
        }

        /** Each word the document matches, with the strongest place it matches it in. */
        Map<String, WordMatch> matchedBy(int doc) throws IOException {
            List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
            LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(doc, leaves));
            Map<String, WordMatch> matched = new LinkedHashMap<>();
            for (var word : weights.entrySet()) {
                for (var level : word.getValue().entrySet()) {
                    if (level.getValue().matches(leaf, doc - leaf.docBase) != null) {
                        matched.put(word.getKey(), level.getKey());
                        break;
                    }
                }
            }
            return matched;
        }
    }

    @Override
    public void close() throws IOException {
        searchers.close();
        writer.close();
    }

    /**
     * One matching article: its id, the language version that matched, its score, and (when asked for) the
     * meaningful words of the text it matches, with where it matches each.
     */
    record Hit(String id, String lang, double score, Map<String, WordMatch> words) {
    }
}
