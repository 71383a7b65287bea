package org.storyline.extract;

import edu.stanford.nlp.ie.crf.CRFClassifier;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.util.CoreMap;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.function.Predicate;

/**
 * The FULL-mode entity annotator: Stanford CoreNLP's tokenizer and sentence splitter, then the CoNLL 4-class CRF
 * (with distributional-similarity features), loaded lazily on first use and shared by the threads of its owner.
 * No POS tagger, lemmas, SUTime or numeric classifiers: the CRF's features need none of them, and timexes and
 * quantities come from the rules in both modes.
 *
 * <p>The CRF's cost is per token (feature extraction), and names are capitalised, so it runs only on
 * {@linkplain #windows windows} of each sentence: the tokens within {@link #CONTEXT} tokens of a token with an
 * upper-case letter, as short sentences of their own; tokens outside every window are tagged O. With the context
 * wider than the model's feature window the tags inside are those of the whole sentence except at a window's
 * edges, which are lower-case context tokens; on news text this skips about 60% of the tokens, and the CoNLL-2003
 * F1 is the same as over whole sentences (see BENCHMARKS.md).
 */
final class CoreNlpFacts {
    static final String NER_MODEL = "edu/stanford/nlp/models/ner/english.conll.4class.distsim.crf.ser.gz";
    /** Tokens of context on each side of a capitalised token. */
    static final int CONTEXT = 2;

    private static final String QUIET = "org.slf4j.simpleLogger.log.edu.stanford.nlp";

    private final Gazetteer gazetteer;
    private final Object lock = new Object();
    private volatile Models models;

    private record Models(StanfordCoreNLP splitter, CRFClassifier<CoreLabel> crf) {}

    /** {@code gazetteer}'s capitalised function words ("The", "But", "Monday") open no window. */
    CoreNlpFacts(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    List<EntityMention> annotate(String text) {
        Models m = models();
        Annotation doc = new Annotation(text);
        m.splitter().annotate(doc);
        List<EntityMention> out = new ArrayList<>();
        for (CoreMap sentence : doc.get(CoreAnnotations.SentencesAnnotation.class)) {
            List<CoreLabel> tokens = sentence.get(CoreAnnotations.TokensAnnotation.class);
            String[] tags = new String[tokens.size()];
            for (int[] w : windows(tokens, CONTEXT, gazetteer::isStopCap)) {
                // classifySentence tags copies of the tokens
                List<CoreLabel> tagged = m.crf().classifySentence(tokens.subList(w[0], w[1]));
                for (int i = 0; i < tagged.size(); i++) {
                    tags[w[0] + i] = tagged.get(i).get(CoreAnnotations.AnswerAnnotation.class);
                }
            }
            entities(text, tokens, tags, out);
        }
        return out;
    }

    /** Loads the models now (otherwise on first use). */
    void load() {
        models();
    }

    /**
     * The windows {from, to} (token indexes, end exclusive, in order, disjoint) covering every token within
     * {@code context} tokens of one with an upper-case letter (other than a capitalised {@code functionWord}:
     * "The", "But"); windows that touch are merged.
     */
    static List<int[]> windows(List<CoreLabel> tokens, int context, Predicate<String> functionWord) {
        List<int[]> out = new ArrayList<>();
        int[] open = null;
        for (int i = 0; i < tokens.size(); i++) {
            String word = tokens.get(i).word();
            if (!hasUpper(word) || functionWord.test(word)) {
                continue;
            }
            int from = Math.max(0, i - context);
            int to = Math.min(tokens.size(), i + context + 1);
            if (open != null && from <= open[1]) {
                open[1] = to;
            } else {
                open = new int[] {from, to};
                out.add(open);
            }
        }
        return out;
    }

    private static boolean hasUpper(String word) {
        for (int i = 0; i < word.length(); i++) {
            if (Character.isUpperCase(word.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    private Models models() {
        Models m = models;
        if (m == null) {
            synchronized (lock) {
                m = models;
                if (m == null) {
                    // CoreNLP logs its model loading at INFO; through slf4j-simple that would fill stderr
                    if (System.getProperty(QUIET) == null) {
                        System.setProperty(QUIET, "warn");
                    }
                    m = new Models(new StanfordCoreNLP(properties()), crf());
                    models = m;
                }
            }
        }
        return m;
    }

    private static CRFClassifier<CoreLabel> crf() {
        try {
            CRFClassifier<CoreLabel> crf = CRFClassifier.getClassifier(NER_MODEL);
            // the model maps British spellings to American ones before its word features; done on every token,
            // that costs 6% of the time and changes the tags of hardly any name
            crf.flags.wordFunction = null;
            return crf;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot load the NER model " + NER_MODEL, e);
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException("cannot load the NER model " + NER_MODEL, e);
        }
    }

    /** Hyphenated words stay whole, as in the CoNLL data the CRF was trained on ("Sherwood-Randall"). */
    static Properties properties() {
        Properties p = new Properties();
        p.setProperty("annotators", "tokenize,ssplit");
        p.setProperty("tokenize.language", "en");
        p.setProperty("tokenize.options", "untokenizable=noneDelete,splitHyphenated=false");
        return p;
    }

    private static void entities(String text, List<CoreLabel> tokens, String[] tags, List<EntityMention> out) {
        int i = 0;
        while (i < tokens.size()) {
            EntityType type = type(tags[i]);
            if (type == null) {
                i++;
                continue;
            }
            int j = i + 1;
            while (j < tokens.size() && type(tags[j]) == type
                    && text.substring(tokens.get(j - 1).endPosition(), tokens.get(j).beginPosition()).indexOf('\n') < 0) {
                j++;
            }
            int s = tokens.get(i).beginPosition();
            int e = tokens.get(j - 1).endPosition();
            out.add(new EntityMention(s, e, text.substring(s, e), type));
            i = j;
        }
    }

    private static EntityType type(String tag) {
        if (tag == null) {
            return null;
        }
        return switch (tag) {
            case "PERSON", "PER" -> EntityType.PER;
            case "ORGANIZATION", "ORG" -> EntityType.ORG;
            case "LOCATION", "LOC" -> EntityType.LOC;
            case "MISC" -> EntityType.MISC;
            default -> null;
        };
    }
}
