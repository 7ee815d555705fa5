package org.helpline.knowledge;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.ParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.morfologik.MorphosyntacticTagsAttribute;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.synonym.SynonymMap;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.QueryBuilder;

/**
 * How articles become Lucene documents and clients' text becomes queries against them. Each language has its own
 * fields ({@code title.ru}, {@code questions.en}…), analysed in that language; parts of an article weigh differently;
 * editors' synonyms apply at query time only. Thread-safe.
 */
final class ArticleFields {

    static final String ID = "id";
    static final String LANG = "lang";
    private static final String SERVES = "serves";

    /** How strongly each part of an article counts. */
    private static final Map<String, Float> WEIGHTS = Map.of("title", 2f, "questions", 3f, "tags", 1f, "body", 1f);
    /**
     * Typo tolerance: words of this length or more are matched with one edit (two from the longer length), the first
     * letter fixed, against one field holding the title, questions and tags.
     */
    private static final String FUZZY = "fuzzy";
    private static final float FUZZY_WEIGHT = 3f;
    private static final int FUZZY_MIN_LENGTH = 5;
    private static final int FUZZY_TWO_EDITS_LENGTH = 8;
    private static final int FUZZY_PREFIX = 1;
    private static final int FUZZY_EXPANSIONS = 10;
    private static final int MAX_FUZZY_TERMS = 4;

    /** Words as written, lower-cased, for telling which of a client's words an article matches. */
    private static final Analyzer SURFACE = new Analyzer() {
        @Override
        protected TokenStreamComponents createComponents(String field) {
            Tokenizer tokenizer = new StandardTokenizer();
            return new TokenStreamComponents(tokenizer, new LowerCaseFilter(tokenizer));
        }
    };

    private final Map<String, Analyzer> indexAnalyzers = new HashMap<>();
    private final Map<String, Analyzer> fuzzyAnalyzers = new HashMap<>();
    private volatile Map<String, Analyzer> queryAnalyzers = queryAnalyzers(Map.of());

    ArticleFields() {
        for (String lang : ArticleParser.LANGUAGES) {
            indexAnalyzers.put(lang, Analysis.index(lang));
            fuzzyAnalyzers.put(lang, Analysis.fuzzy(lang));
        }
    }

    /** The analyzer for indexing: each field analysed in its language. */
    Analyzer indexAnalyzer() {
        Map<String, Analyzer> perField = new HashMap<>();
        for (String lang : ArticleParser.LANGUAGES) {
            WEIGHTS.keySet().forEach(field -> perField.put(field + "." + lang, indexAnalyzers.get(lang)));
            perField.put(FUZZY + "." + lang, fuzzyAnalyzers.get(lang));
        }
        return new PerFieldAnalyzerWrapper(indexAnalyzers.get(ArticleParser.DEFAULT_LANGUAGE), perField);
    }

    /** Replaces the editors' synonyms (Solr format); on a parse error the previous ones stay in use. */
    void useSynonyms(String rules) throws ParseException {
        Map<String, SynonymMap> maps = new HashMap<>();
        for (String lang : ArticleParser.LANGUAGES) {
            maps.put(lang, Analysis.synonyms(lang, rules));
        }
        queryAnalyzers = queryAnalyzers(maps);
    }

    /**
     * The document for one language version of an article. It also serves the languages the article lacks, so a
     * client always finds it in some language.
     */
    Document document(Article article, Collection<Article> versions) {
        String lang = article.lang();
        Document document = new Document();
        document.add(new StringField(ID, article.id(), Field.Store.YES));
        document.add(new StringField(LANG, lang, Field.Store.YES));
        for (String served : ArticleParser.LANGUAGES) {
            boolean own = served.equals(lang);
            boolean missing = versions.stream().noneMatch(version -> version.lang().equals(served));
            if (own || missing) {
                document.add(new StringField(SERVES, served, Field.Store.NO));
            }
        }
        document.add(new TextField("title." + lang, article.title(), Field.Store.NO));
        article.questions().forEach(question -> document.add(new TextField("questions." + lang, question, Field.Store.NO)));
        article.tags().forEach(tag -> document.add(new TextField("tags." + lang, tag, Field.Store.NO)));
        document.add(new TextField("body." + lang, article.text(), Field.Store.NO));
        String shortText = String.join("\n", article.title(), String.join("\n", article.questions()),
                String.join("\n", article.tags()));
        document.add(new TextField(FUZZY + "." + lang, shortText, Field.Store.NO));
        return document;
    }

    /**
     * Every language's fields are searched, each with its own analysis (a document only has its own language's
     * fields); with a {@code lang}, only documents serving it count. Typo tolerance needs the {@code reader} (with
     * none, the query has none). Null when the text has no searchable words.
     */
    Query query(String text, String lang, IndexReader reader) throws IOException {
        return query(text, lang, reader, WEIGHTS.keySet());
    }

    /**
     * As {@link #query}, over some parts of an article only ({@code title}, {@code questions}, {@code tags},
     * {@code body}); typo tolerance only where the questions are searched, as it looks at them.
     */
    Query query(String text, String lang, IndexReader reader, Set<String> parts) throws IOException {
        BooleanQuery.Builder languages = new BooleanQuery.Builder();
        boolean any = false;
        for (String each : ArticleParser.LANGUAGES) {
            Query query = query(text, each, queryAnalyzers.get(each), reader, parts);
            if (query != null) {
                languages.add(query, Occur.SHOULD);
                any = true;
            }
        }
        if (!any) {
            return null;
        }
        if (lang == null) {
            return languages.build();
        }
        return new BooleanQuery.Builder().add(languages.build(), Occur.MUST)
                .add(new TermQuery(new Term(SERVES, lang)), Occur.FILTER).build();
    }

    private Query query(String text, String lang, Analyzer analyzer, IndexReader reader, Set<String> parts)
            throws IOException {
        QueryBuilder builder = new QueryBuilder(analyzer);
        BooleanQuery.Builder fields = new BooleanQuery.Builder();
        boolean any = false;
        for (var weight : WEIGHTS.entrySet()) {
            if (!parts.contains(weight.getKey())) {
                continue;
            }
            Query query = builder.createBooleanQuery(weight.getKey() + "." + lang, text, Occur.SHOULD);
            if (query != null) {
                fields.add(new BoostQuery(query, weight.getValue()), Occur.SHOULD);
                any = true;
            }
        }
        if (reader != null && parts.contains("questions")) {
            for (String word : unknownWords(text, lang)) {
                Term term = new Term(FUZZY + "." + lang, word);
                if (reader.docFreq(term) > 0) {
                    continue;
                }
                int edits = word.length() >= FUZZY_TWO_EDITS_LENGTH ? 2 : 1;
                fields.add(new BoostQuery(new FuzzyQuery(term, edits, FUZZY_PREFIX, FUZZY_EXPANSIONS, true),
                        FUZZY_WEIGHT), Occur.SHOULD);
                any = true;
            }
        }
        return any ? fields.build() : null;
    }

    /**
     * How many words of {@code text} carry meaning (stop words left out), in the language that finds most; a longer
     * question needs a higher score to count as an answer.
     */
    int meaningfulWords(String text) {
        int most = 0;
        for (String each : ArticleParser.LANGUAGES) {
            int words = 0;
            try (TokenStream stream = indexAnalyzers.get(each).tokenStream("", text)) {
                PositionIncrementAttribute increment = stream.addAttribute(PositionIncrementAttribute.class);
                stream.reset();
                while (stream.incrementToken()) {
                    words += increment.getPositionIncrement() > 0 ? 1 : 0;
                }
                stream.end();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            most = Math.max(most, words);
        }
        return most;
    }

    /**
     * The distinct words of {@code text} that carry meaning, as written (lower-cased): each analysed in the language
     * of its alphabet, so a stop word of that language is left out, and so are bare numbers, which name no topic.
     */
    List<String> meaningfulWordList(String text) {
        List<String> words = new ArrayList<>();
        try (TokenStream stream = SURFACE.tokenStream("", text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                String word = term.toString();
                if (!words.contains(word) && analysesToSomething(word, languageOf(word))) {
                    words.add(word);
                }
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return words;
    }

    private boolean analysesToSomething(String word, String lang) throws IOException {
        try (TokenStream stream = indexAnalyzers.get(lang).tokenStream("", word)) {
            stream.reset();
            boolean any = stream.incrementToken();
            stream.end();
            return any;
        }
    }

    /** The language whose analysis fits a word: Russian for Cyrillic, English for anything else. */
    private static String languageOf(String word) {
        boolean cyrillic = word.codePoints().filter(Character::isLetter)
                .anyMatch(letter -> Character.UnicodeScript.of(letter) == Character.UnicodeScript.CYRILLIC);
        return cyrillic ? "ru" : "en";
    }

    /**
     * Analysed query words long enough for typo tolerance that may be misspelt: for Russian, words the dictionary
     * does not know (a known word is spelt right); for English, every word; in both, only words in the language's
     * alphabet. Words the index holds are skipped by the caller:
     * they are spelt as the articles spell them.
     */
    private List<String> unknownWords(String text, String lang) {
        List<String> words = new ArrayList<>();
        try (TokenStream stream = fuzzyAnalyzers.get(lang).tokenStream("", text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            MorphosyntacticTagsAttribute tags = stream.addAttribute(MorphosyntacticTagsAttribute.class);
            stream.reset();
            while (stream.incrementToken() && words.size() < MAX_FUZZY_TERMS) {
                String word = term.toString();
                boolean known = tags.getTags() != null && !tags.getTags().isEmpty();
                if (word.length() >= FUZZY_MIN_LENGTH && !known && inScript(word, lang) && !words.contains(word)) {
                    words.add(word);
                }
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return words;
    }

    /** Typos are only looked for in the language's own alphabet: a Russian word is no English typo. */
    private static boolean inScript(String word, String lang) {
        Character.UnicodeScript script = Character.UnicodeScript.of(word.codePointAt(0));
        return script == ("ru".equals(lang) ? Character.UnicodeScript.CYRILLIC : Character.UnicodeScript.LATIN);
    }

    private static Map<String, Analyzer> queryAnalyzers(Map<String, SynonymMap> synonyms) {
        Map<String, Analyzer> analyzers = new HashMap<>();
        for (String lang : ArticleParser.LANGUAGES) {
            analyzers.put(lang, Analysis.query(lang, synonyms.get(lang)));
        }
        return Map.copyOf(analyzers);
    }
}
