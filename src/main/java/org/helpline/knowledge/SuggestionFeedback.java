package org.helpline.knowledge;

import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.mapping.Document;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Service;

/**
 * What the intake offered and what clients said of it: one record per intake that reached the suggestion
 * step (articles shown, or none found) with its outcome. The statistics are the editors' to-do list.
 */
@Service
public class SuggestionFeedback {

    static final int TOP_QUERIES = 20;

    /** An intake's suggestions; {@code helped} is null until the client answers. */
    @Document("suggestions")
    record Offer(@Id String intakeKey, String lang, String query, List<String> articleIds, Instant at, Boolean helped) {
    }

    /** Per article: how often it was shown, and what clients answered when it was. */
    public record ArticleStats(String id, long shown, long helped, long notHelped) {
    }

    /** A query that found nothing, or whose articles did not help, and how often it came. */
    public record QueryCount(String query, long count) {
    }

    public record Stats(long intakesWithSuggestions, long helped, double deflectionRate, List<ArticleStats> articles,
                        List<QueryCount> unanswered) {
    }

    private final MongoTemplate mongo;
    private final Clock clock;

    SuggestionFeedback(MongoTemplate mongo, Clock clock) {
        this.mongo = mongo;
        this.clock = clock;
    }

    /** Records what the intake {@code intakeKey} found for the client's description (possibly nothing). */
    public void shown(String intakeKey, String lang, String query, List<String> articleIds) {
        mongo.save(new Offer(intakeKey, lang, normalise(query), List.copyOf(articleIds), clock.instant(), null));
    }

    /** Records the client's answer: the articles helped, or the intake went on. */
    public void answered(String intakeKey, boolean helped) {
        mongo.updateFirst(Query.query(Criteria.where("_id").is(intakeKey)), Update.update("helped", helped), Offer.class);
    }

    /**
     * Per-article counts, the deflection rate (intakes ended by "helped" among those that were shown articles)
     * and the most frequent queries that found nothing or did not help.
     */
    public Stats stats() {
        List<Offer> offers = mongo.findAll(Offer.class);
        List<Offer> withArticles = offers.stream().filter(offer -> !offer.articleIds().isEmpty()).toList();
        long helped = withArticles.stream().filter(offer -> Boolean.TRUE.equals(offer.helped())).count();
        Map<String, long[]> perArticle = new TreeMap<>();
        for (Offer offer : withArticles) {
            for (String id : offer.articleIds()) {
                long[] counts = perArticle.computeIfAbsent(id, key -> new long[3]);
                counts[0]++;
                if (offer.helped() != null) {
                    counts[offer.helped() ? 1 : 2]++;
                }
            }
        }
        List<ArticleStats> articles = perArticle.entrySet().stream()
                .map(entry -> new ArticleStats(entry.getKey(), entry.getValue()[0], entry.getValue()[1], entry.getValue()[2]))
                .sorted(Comparator.comparingLong(ArticleStats::shown).reversed())
                .toList();
        List<QueryCount> unanswered = offers.stream()
                .filter(offer -> offer.articleIds().isEmpty() || Boolean.FALSE.equals(offer.helped()))
                .collect(Collectors.groupingBy(Offer::query, LinkedHashMap::new, Collectors.counting()))
                .entrySet().stream()
                .map(entry -> new QueryCount(entry.getKey(), entry.getValue()))
                .sorted(Comparator.comparingLong(QueryCount::count).reversed())
                .limit(TOP_QUERIES)
                .toList();
        double rate = withArticles.isEmpty() ? 0 : (double) helped / withArticles.size();
        return new Stats(withArticles.size(), helped, rate, articles, unanswered);
    }

    /** Queries are compared without case or extra spaces, and kept short. */
    private static String normalise(String query) {
        String folded = query.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ").strip();
        return folded.length() > 200 ? folded.substring(0, 200) : folded;
    }
}
