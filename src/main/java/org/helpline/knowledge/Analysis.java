package org.helpline.knowledge;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.text.ParseException;
import java.util.List;
import java.util.regex.Pattern;

import morfologik.stemming.Dictionary;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
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
import org.apache.lucene.analysis.morfologik.MorphosyntacticTagsAttribute;
import org.apache.lucene.analysis.pattern.PatternReplaceFilter;
import org.apache.lucene.analysis.ru.RussianAnalyzer;
import org.apache.lucene.analysis.ru.RussianLightStemFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.synonym.SolrSynonymParser;
import org.apache.lucene.analysis.synonym.SynonymGraphFilter;
import org.apache.lucene.analysis.synonym.SynonymMap;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.KeywordAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;

/**
 * The analysis chains. Russian: lemmas from morfologik with LanguageTool's dictionary (ё folded to е, reflexive verbs
 * folded into their base verb, words the dictionary lacks lightly stemmed), duplicates removed. English: Porter stems. Editors' synonyms are applied only at query time, on lemmas, so one rule covers
 * every inflection.
 */
final class Analysis {

    private static final Dictionary RUSSIAN_DICTIONARY = loadDictionary();
    private static final Pattern YO = Pattern.compile("ё");
    /** Reflexive verbs join their base verb: "записываются" and "записываете" both mean "записывать" here. */
    private static final Pattern REFLEXIVE = Pattern.compile("^(.{3,}(?:ть|ти|чь))(?:ся|сь)$");
    /** Lucene's stop words plus the politeness and question words clients wrap their problem in. */
    private static final CharArraySet RUSSIAN_STOP = stopWords(RussianAnalyzer.getDefaultStopSet(),
            "здравствуйте", "привет", "добрый", "доброе", "пожалуйста", "спасибо", "подскажите", "скажите",
            "подскажи", "скажи", "хочу", "хотим", "хотел", "хотела", "хотели", "нужно", "нужен", "нужна", "нужны",
            "можете", "может", "могу", "можем", "ли", "это", "ваш", "ваша", "ваше", "ваши", "вашей", "вашего",
            "наш", "наша", "наше", "наши", "нашей", "нашего", "нам", "мой", "моя", "мое", "моё", "мои", "мою",
            "моей", "моего", "вами", "у", "вас", "есть", "ещё", "еще", "очень", "просто", "уже", "какие", "какой",
            "какая", "каким", "какую", "каких", "какое", "такое", "такая", "такие", "свой", "своя", "свои", "своей",
            "своего", "моим", "моих", "моему", "нашим", "наших", "нашему", "вашим", "ваших", "вашему", "кем", "ко",
            "снова", "сколько", "почему", "зачем", "куда", "откуда", "сегодня", "завтра", "вчера");
    private static final CharArraySet ENGLISH_STOP = stopWords(EnglishAnalyzer.ENGLISH_STOP_WORDS_SET,
            "what", "whats", "what's", "where", "when", "how", "who", "why", "which", "can", "could", "do", "does",
            "did", "i", "i'm", "me", "my", "we", "our", "us", "you", "your", "should", "would", "am", "have", "has",
            "please", "hello", "hi", "thanks", "want", "need", "any", "there", "get", "got", "so", "from", "about",
            "it's", "its", "don't", "doesn't", "can't", "won't", "didn't", "much", "many", "today", "tomorrow",
            "yesterday");

    private Analysis() {
    }

    static Analyzer index(String lang) {
        return chain(lang, null, true);
    }

    static Analyzer query(String lang, SynonymMap synonyms) {
        return chain(lang, synonyms, true);
    }

    /**
     * Words for typo-tolerant matching: Russian lemmas as indexed (a misspelt word is unknown to the dictionary and
     * stays close to the lemma); English words as written, since stemming a misspelt word can land far from the
     * right stem.
     */
    static Analyzer fuzzy(String lang) {
        if ("ru".equals(lang)) {
            return index(lang);
        }
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String field) {
                Tokenizer tokenizer = new StandardTokenizer();
                TokenStream stream = new EnglishPossessiveFilter(new LowerCaseFilter(tokenizer));
                return new TokenStreamComponents(tokenizer, new StopFilter(stream, ENGLISH_STOP));
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
                        stream = new StopFilter(stream, RUSSIAN_STOP);
                    }
                    stream = new MorfologikFilter(stream, RUSSIAN_DICTIONARY);
                    stream = new RussianLightStemFilter(new KnownWordsAsKeywords(stream));
                    stream = new PatternReplaceFilter(stream, YO, "е", true);
                    stream = new PatternReplaceFilter(stream, REFLEXIVE, "$1", false);
                    stream = new RemoveDuplicatesTokenFilter(stream);
                    if (!forText || synonyms != null) {
                        // the synonym parser and filter need one token per word
                        stream = new OneLemmaFilter(stream);
                    }
                } else {
                    stream = new EnglishPossessiveFilter(stream);
                    if (forText) {
                        stream = new StopFilter(stream, ENGLISH_STOP);
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

    private static CharArraySet stopWords(CharArraySet base, String... more) {
        CharArraySet words = new CharArraySet(base, false);
        words.addAll(List.of(more));
        return CharArraySet.unmodifiableSet(words);
    }

    private static Dictionary loadDictionary() {
        try {
            return Dictionary.read(Analysis.class.getResource("/org/languagetool/resource/ru/russian.dict"));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read LanguageTool's russian.dict", e);
        }
    }

    /**
     * Marks words the dictionary knows (they carry tags) as keywords, so the light stemmer after it only touches
     * unknown words: slang and names ("компа", "скрины", "битриксе") still lose their endings.
     */
    private static final class KnownWordsAsKeywords extends TokenFilter {
        private final MorphosyntacticTagsAttribute tags = addAttribute(MorphosyntacticTagsAttribute.class);
        private final KeywordAttribute keyword = addAttribute(KeywordAttribute.class);

        KnownWordsAsKeywords(TokenStream input) {
            super(input);
        }

        @Override
        public boolean incrementToken() throws IOException {
            if (!input.incrementToken()) {
                return false;
            }
            keyword.setKeyword(tags.getTags() != null && !tags.getTags().isEmpty());
            return true;
        }
    }

    /**
     * Keeps one lemma per word, as synonym rules match one token per word: the alphabetically first, because the
     * dictionary orders an ambiguous word's lemmas differently in different forms («снимок» gives снимок, снимка;
     * «снимками» gives снимка, снимок) and a rule must match every form.
     */
    private static final class OneLemmaFilter extends TokenFilter {
        private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
        private final PositionIncrementAttribute increment = addAttribute(PositionIncrementAttribute.class);
        /** The first lemma of the next word, read while looking for the current word's last one. */
        private State nextWord;

        OneLemmaFilter(TokenStream input) {
            super(input);
        }

        @Override
        public boolean incrementToken() throws IOException {
            if (nextWord != null) {
                restoreState(nextWord);
                nextWord = null;
            } else if (!input.incrementToken()) {
                return false;
            }
            int wordIncrement = increment.getPositionIncrement();
            State chosen = captureState();
            String chosenLemma = term.toString();
            while (input.incrementToken()) {
                if (increment.getPositionIncrement() > 0) {
                    nextWord = captureState();
                    break;
                }
                if (term.toString().compareTo(chosenLemma) < 0) {
                    chosen = captureState();
                    chosenLemma = term.toString();
                }
            }
            restoreState(chosen);
            increment.setPositionIncrement(wordIncrement);
            return true;
        }

        @Override
        public void reset() throws IOException {
            super.reset();
            nextWord = null;
        }
    }
}
