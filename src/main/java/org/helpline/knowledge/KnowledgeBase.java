package org.helpline.knowledge;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.helpline.site.PublicUrl;
import org.springframework.stereotype.Service;

/**
 * The knowledge module's API: articles that may answer a client's problem before a ticket is opened.
 * Results score at least {@code helpline.kb.min-score} (less for one- and two-word questions), so text unrelated
 * to any article finds nothing; what the intake offers must also pass {@link Offers}.
 */
@Service
public class KnowledgeBase {

    static final int MAX_LIMIT = 20;
    /** How many search results the offer is chosen from. */
    private static final int OFFER_CANDIDATES = 10;

    private final Articles articles;
    private final SearchIndex index;
    private final double minScore;
    private final PublicUrl publicUrl;

    KnowledgeBase(Articles articles, SearchIndex index, KnowledgeSettings settings, PublicUrl publicUrl) {
        this.articles = articles;
        this.index = index;
        this.minScore = settings.minScore();
        this.publicUrl = publicUrl;
    }

    /**
     * What the intake offers for a client's {@code text}: up to {@value Offers#MAX_OFFERED} articles, best first, in
     * {@code lang} where possible (a conversation's language; any other, or none, means every language), that are
     * about the text rather than sharing a word with it by chance (see {@link Offers}); often none. Never throws for
     * odd input.
     */
    public List<Suggestion> suggest(String lang, String text) {
        String language = lang != null && ArticleParser.LANGUAGES.contains(lang) ? lang : null;
        return offered(text, language).stream().map(found -> {
            Article article = found.article();
            String linkLang = language != null ? language : article.lang();
            return new Suggestion(article.id(), article.title(), article.summary(), url(article.id(), linkLang),
                    found.score());
        }).toList();
    }

    /** The articles the intake offers for {@code text}; {@code lang} may be null. */
    List<Found> offered(String text, String lang) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        List<SearchIndex.Hit> candidates = aboveThreshold(text, index.searchWithWords(text, lang, OFFER_CANDIDATES));
        return found(Offers.offered(candidates, index.meaningfulWordList(text).size()));
    }

    /** Articles matching {@code text} above the threshold, one per id, best first; {@code lang} may be null. */
    List<Found> find(String text, String lang, int limit) {
        if (text == null || text.isBlank() || limit <= 0) {
            return List.of();
        }
        return found(aboveThreshold(text, index.search(text, lang, Math.min(limit, MAX_LIMIT))));
    }

    private List<SearchIndex.Hit> aboveThreshold(String text, List<SearchIndex.Hit> hits) {
        double threshold = threshold(index.meaningfulWords(text));
        return hits.stream().takeWhile(hit -> hit.score() >= threshold).toList();
    }

    private List<Found> found(List<SearchIndex.Hit> hits) {
        List<Found> result = new ArrayList<>();
        for (SearchIndex.Hit hit : hits) {
            articles.find(hit.id(), hit.lang()).ifPresent(article -> result.add(new Found(article, hit.score())));
        }
        return result;
    }

    /**
     * The score an answer needs: the full minimum for questions of three meaningful words or more, less for shorter
     * ones, whose scores are lower because fewer words can match (one word: half, two: three quarters).
     */
    private double threshold(int words) {
        return minScore * Math.min(1.0, 0.5 + 0.25 * Math.max(0, words - 1));
    }

    /** The article in {@code lang}, or in the language it exists in. */
    Optional<Article> article(String id, String lang) {
        return articles.find(id, lang);
    }

    Articles.Status status() {
        return articles.status();
    }

    /** The absolute address of an article's page, for a link the intake gives on its own (no search). */
    public String articleUrl(String id, String lang) {
        return url(id, lang);
    }

    /** The absolute address of an article's page. */
    String url(String id, String lang) {
        return publicUrl.base() + "/kb/" + id + "?lang=" + lang;
    }

    record Found(Article article, double score) {
    }
}
