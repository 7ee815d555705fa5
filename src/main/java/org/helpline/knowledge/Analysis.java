package org.helpline.knowledge;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.text.ParseException;
import java.util.regex.Pattern;

import morfologik.stemming.Dictionary;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.miscellaneous.RemoveDuplicatesTokenFilter;
import org.apache.lucene.analysis.morfologik.MorfologikFilter;
import org.apache.lucene.analysis.pattern.PatternReplaceFilter;
import org.apache.lucene.analysis.ru.RussianAnalyzer;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.synonym.SolrSynonymParser;
import org.apache.lucene.analysis.synonym.SynonymGraphFilter;
import org.apache.lucene.analysis.synonym.SynonymMap;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;

/**
 * The analysis chains. Russian: lemmas from morfologik with LanguageTool's dictionary (ё folded to е), duplicates
 * removed. English: Porter stems. Editors' synonyms are applied only at query time, on lemmas, so one rule covers
 * every inflection. The "plain" chain keeps words as written, for typo-tolerant (fuzzy) matching.
 */
final class Analysis {

    private static final Dictionary RUSSIAN_DICTIONARY = loadDictionary();
    private static final Pattern YO = Pattern.compile("ё");

    private Analysis() {
    }

    static Analyzer index(String lang) {
        return chain(lang, null, true);
    }

    static Analyzer query(String lang, SynonymMap synonyms) {
        return chain(lang, synonyms, true);
    }

    static Analyzer plain() {
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String field) {
                Tokenizer tokenizer = new StandardTokenizer();
                TokenStream stream = new PatternReplaceFilter(new LowerCaseFilter(tokenizer), YO, "е", true);
                return new TokenStreamComponents(tokenizer, stream);
            }
        };
    }

    /**
     * Parses Solr-format synonyms ("комп, компьютер, ПК" or "a => b") for {@code lang}, analysing each side with that
     * language's chain (without stop words and keeping one lemma per word, as the parser requires).
     */
    static SynonymMap synonyms(String lang, String rules) throws ParseException {
        SolrSynonymParser parser = new SolrSynonymParser(true, true, chain(lang, null, false));
        try {
            parser.parse(new StringReader(rules));
            return parser.build();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Analyzer chain(String lang, SynonymMap synonyms, boolean forText) {
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String field) {
                Tokenizer tokenizer = new StandardTokenizer();
                TokenStream stream = new LowerCaseFilter(tokenizer);
                if ("ru".equals(lang)) {
                    if (forText) {
                        stream = new StopFilter(stream, RussianAnalyzer.getDefaultStopSet());
                    }
                    stream = new MorfologikFilter(stream, RUSSIAN_DICTIONARY);
                    stream = new PatternReplaceFilter(stream, YO, "е", true);
                    stream = new RemoveDuplicatesTokenFilter(stream);
                    if (!forText) {
                        stream = new FirstLemmaFilter(stream);
                    }
                } else {
                    stream = new EnglishPossessiveFilter(stream);
                    if (forText) {
                        stream = new StopFilter(stream, EnglishAnalyzer.ENGLISH_STOP_WORDS_SET);
                    }
                    stream = new PorterStemFilter(stream);
                }
                if (synonyms != null && synonyms.fst != null) {
                    stream = new SynonymGraphFilter(stream, synonyms, true);
                }
                return new TokenStreamComponents(tokenizer, stream);
            }
        };
    }

    private static Dictionary loadDictionary() {
        try {
            return Dictionary.read(Analysis.class.getResource("/org/languagetool/resource/ru/russian.dict"));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read LanguageTool's russian.dict", e);
        }
    }

    /** Drops the extra lemmas of ambiguous words: a synonym rule must be one token per word. */
    private static final class FirstLemmaFilter extends TokenFilter {
        private final PositionIncrementAttribute increment = addAttribute(PositionIncrementAttribute.class);

        FirstLemmaFilter(TokenStream input) {
            super(input);
        }

        @Override
        public boolean incrementToken() throws IOException {
            while (input.incrementToken()) {
                if (increment.getPositionIncrement() > 0) {
                    return true;
                }
            }
            return false;
        }
    }
}
