package org.helpline.knowledge;

import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
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

    /**
     * An intake's suggestions; {@code helped} is null until the client answers, and {@code helpedArticle} names the
     * article the client said helped (null when they did not say which: records from before per-article answers).
     */
    @Document("suggestions")
    record Offer(@Id String intakeKey, String lang, String query, List<String> articleIds, Instant at, Boolean helped,
                 String helpedArticle) {

        /** The article the «helped» counts for: the one named, or the only one shown; null when unknown. */
        String articleThatHelped() {
            if (!Boolean.TRUE.equals(helped)) {
                return null;
            }
            if (helpedArticle != null) {
                return helpedArticle;
            }
            return articleIds.size() == 1 ? articleIds.getFirst() : null;
        }
    }

    /**
     * Per article: how often it was shown, how often a client said this very article helped, and how often a client
     * shown it said nothing shown helped.
     */
    public record ArticleStats(String id, long shown, long helped, long notHelped) {
    }

    /** A query that found nothing, or whose articles did not help, and how often it came. */
    public record QueryCount(String query, long count) {
    }

    /**
     * @param helpedWithoutArticle intakes ended by «helped» where it is not known which of several articles did
     *                             (answered before the intake asked per article); counted in {@code helped} only
     */
    public record Stats(long intakesWithSuggestions, long helped, long helpedWithoutArticle, double deflectionRate,
                        List<ArticleStats> articles, List<QueryCount> unanswered) {
    }

    private final MongoTemplate mongo;
    private final Clock clock;

    SuggestionFeedback(MongoTemplate mongo, Clock clock) {
        this.mongo = mongo;
        this.clock = clock;
    }

    /** Records what the intake {@code intakeKey} found for the client's description (possibly nothing). */
    public void shown(String intakeKey, String lang, String query, List<String> articleIds) {
        mongo.save(new Offer(intakeKey, lang, normalise(query), List.copyOf(articleIds), clock.instant(), null, null));
    }

    /** The ids of the articles shown to the intake {@code intakeKey}, in the order shown; none if nothing was. */
    public List<String> shownTo(String intakeKey) {
        Offer offer = mongo.findById(intakeKey, Offer.class);
        return offer == null ? List.of() : offer.articleIds();
    }

    /**
     * Records that the client's problem was solved by {@code articleId}, one of the articles shown to this intake;
     * null when the client did not say which (it then counts for the article only if it was the only one shown).
     * An id that was not shown is not credited.
     */
    public void helped(String intakeKey, String articleId) {
        Query intake = Query.query(Criteria.where("_id").is(intakeKey));
        mongo.updateFirst(intake, Update.update("helped", true), Offer.class);
        if (articleId != null) {
            mongo.updateFirst(Query.query(Criteria.where("_id").is(intakeKey).and("articleIds").is(articleId)),
                    Update.update("helpedArticle", articleId), Offer.class);
        }
    }

    /** Records that none of the articles shown to this intake helped: the client went on to a ticket. */
    public void notHelped(String intakeKey) {
        mongo.updateFirst(Query.query(Criteria.where("_id").is(intakeKey)), Update.update("helped", false), Offer.class);
    }

    /**
     * Drops the client's words from what these intakes were offered; the counts stay (the client asked to be
     * forgotten, or the draft was abandoned). Returns how many records lost their query.
     */
    public long forget(Collection<String> intakeKeys) {
        return mongo.updateMulti(Query.query(Criteria.where("_id").in(intakeKeys).and("query").ne(null)),
                new Update().unset("query"), Offer.class).getModifiedCount();
    }

    /**
     * Per-article counts, the deflection rate (intakes ended by "helped" among those that were shown articles)
     * and the most frequent queries that found nothing or did not help.
     */
    public Stats stats() {
        List<Offer> offers = mongo.findAll(Offer.class);
        List<Offer> withArticles = offers.stream().filter(offer -> !offer.articleIds().isEmpty()).toList();
        long helped = withArticles.stream().filter(offer -> Boolean.TRUE.equals(offer.helped())).count();
        long helpedWithoutArticle = withArticles.stream()
                .filter(offer -> Boolean.TRUE.equals(offer.helped()) && offer.articleThatHelped() == null).count();
        Map<String, ArticleCounts> perArticle = new TreeMap<>();
        for (Offer offer : withArticles) {
            for (String id : offer.articleIds()) {
                perArticle.computeIfAbsent(id, key -> new ArticleCounts()).add(offer, id);
            }
        }
        List<ArticleStats> articles = perArticle.entrySet().stream()
                .map(entry -> entry.getValue().stats(entry.getKey()))
                .sorted(Comparator.comparingLong(ArticleStats::shown).reversed())
                .toList();
        List<QueryCount> unanswered = offers.stream()
                .filter(offer -> offer.articleIds().isEmpty() || Boolean.FALSE.equals(offer.helped()))
                .filter(offer -> offer.query() != null)
                .collect(Collectors.groupingBy(Offer::query, LinkedHashMap::new, Collectors.counting()))
                .entrySet().stream()
                .map(entry -> new QueryCount(entry.getKey(), entry.getValue()))
                .sorted(Comparator.comparingLong(QueryCount::count).reversed())
                .limit(TOP_QUERIES)
                .toList();
        double rate = withArticles.isEmpty() ? 0 : (double) helped / withArticles.size();
        return new Stats(withArticles.size(), helped, helpedWithoutArticle, rate, articles, unanswered);
    }

    private static final class ArticleCounts {
        private long shown;
        private long helped;
        private long notHelped;

        void add(Offer offer, String id) {
            shown++;
            helped += id.equals(offer.articleThatHelped()) ? 1 : 0;
            notHelped += Boolean.FALSE.equals(offer.helped()) ? 1 : 0;
        }

        ArticleStats stats(String id) {
            return new ArticleStats(id, shown, helped, notHelped);
        }
    }

    /** Queries are compared without case or extra spaces, and kept short. */
    private static String normalise(String query) {
        String folded = query.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ").strip();
        return folded.length() > 200 ? folded.substring(0, 200) : folded;
    }
}
