package org.storyline.extract;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.time.TimeAnnotations;
import edu.stanford.nlp.time.Timex;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;

/**
 * The FULL-mode annotators: one Stanford CoreNLP pipeline (tokenize, ssplit, pos, lemma, ner with the CoNLL
 * 4-class CRF and SUTime), built lazily on first use and shared by the threads of its owner; no coreference,
 * parsing or fine-grained NER. Entities are runs of tokens with the same CoNLL tag; timexes are runs of tokens
 * with the same SUTime TIMEX3, with SUTime's value resolved against the document date.
 */
final class CoreNlpFacts {
    static final String POS_MODEL = "edu/stanford/nlp/models/pos-tagger/english-left3words-distsim.tagger";
    static final String NER_MODEL = "edu/stanford/nlp/models/ner/english.conll.4class.distsim.crf.ser.gz";

    private static final String QUIET = "org.slf4j.simpleLogger.log.edu.stanford.nlp";

    private final Object lock = new Object();
    private volatile StanfordCoreNLP pipeline;

    /** Annotated entities and timexes of a text. */
    record Result(List<EntityMention> entities, List<org.storyline.extract.Timex> timexes) {}

    Result annotate(String text, LocalDate ref) {
        Annotation doc = new Annotation(text);
        if (ref != null) {
            doc.set(CoreAnnotations.DocDateAnnotation.class, ref.toString());
        }
        pipeline().annotate(doc);
        List<CoreLabel> tokens = doc.get(CoreAnnotations.TokensAnnotation.class);
        return new Result(entities(text, tokens), timexes(text, tokens));
    }

    /** Loads the models now (otherwise on first use). */
    void load() {
        pipeline();
    }

    private StanfordCoreNLP pipeline() {
        StanfordCoreNLP p = pipeline;
        if (p == null) {
            synchronized (lock) {
                p = pipeline;
                if (p == null) {
                    // CoreNLP logs its model loading at INFO; through slf4j-simple that would fill stderr
                    if (System.getProperty(QUIET) == null) {
                        System.setProperty(QUIET, "warn");
                    }
                    p = new StanfordCoreNLP(properties());
                    // the first document loads SUTime's rules and the numeric classifiers
                    Annotation warm = new Annotation("On Monday, John Smith of Acme Corp. said 2 days ago in Paris.");
                    warm.set(CoreAnnotations.DocDateAnnotation.class, "2023-12-27");
                    p.annotate(warm);
                    pipeline = p;
                }
            }
        }
        return p;
    }

    static Properties properties() {
        Properties p = new Properties();
        p.setProperty("annotators", "tokenize,ssplit,pos,lemma,ner");
        p.setProperty("tokenize.language", "en");
        p.setProperty("tokenize.options", "untokenizable=noneDelete");
        p.setProperty("pos.model", POS_MODEL);
        p.setProperty("pos.maxlen", "300");
        p.setProperty("ner.model", NER_MODEL);
        p.setProperty("ner.applyFineGrained", "false");
        p.setProperty("ner.buildEntityMentions", "false");
        p.setProperty("ner.useSUTime", "true");
        p.setProperty("ner.applyNumericClassifiers", "true");
        p.setProperty("ner.maxlen", "300");
        p.setProperty("sutime.markTimeRanges", "false");
        p.setProperty("sutime.includeRange", "false");
        return p;
    }

    private static List<EntityMention> entities(String text, List<CoreLabel> tokens) {
        List<EntityMention> out = new ArrayList<>();
        int i = 0;
        while (i < tokens.size()) {
            EntityType type = type(tokens.get(i).ner());
            if (type == null) {
                i++;
                continue;
            }
            int j = i + 1;
            while (j < tokens.size() && type(tokens.get(j).ner()) == type
                    && text.substring(tokens.get(j - 1).endPosition(), tokens.get(j).beginPosition()).indexOf('\n') < 0) {
                j++;
            }
            int s = tokens.get(i).beginPosition();
            int e = tokens.get(j - 1).endPosition();
            out.add(new EntityMention(s, e, text.substring(s, e), type));
            i = j;
        }
        return out;
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

    private static List<org.storyline.extract.Timex> timexes(String text, List<CoreLabel> tokens) {
        List<org.storyline.extract.Timex> out = new ArrayList<>();
        int i = 0;
        while (i < tokens.size()) {
            Timex t = tokens.get(i).get(TimeAnnotations.TimexAnnotation.class);
            if (t == null) {
                i++;
                continue;
            }
            int j = i + 1;
            while (j < tokens.size() && sameTimex(t, tokens.get(j).get(TimeAnnotations.TimexAnnotation.class))) {
                j++;
            }
            TimexType type = timexType(t.timexType());
            int s = tokens.get(i).beginPosition();
            int e = tokens.get(j - 1).endPosition();
            if (type != null) {
                String value = t.value() != null ? t.value() : t.altVal();
                out.add(new org.storyline.extract.Timex(s, e, text.substring(s, e), type, value));
            }
            i = j;
        }
        return out;
    }

    private static boolean sameTimex(Timex a, Timex b) {
        return b != null && (a == b || a.tid() != null && a.tid().equals(b.tid()));
    }

    private static TimexType timexType(String t) {
        if (t == null) {
            return null;
        }
        try {
            return TimexType.valueOf(t.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
