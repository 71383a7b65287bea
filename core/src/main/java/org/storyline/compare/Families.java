package org.storyline.compare;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.storyline.model.Article;
import org.storyline.text.Terms;

/**
 * Groups an event's articles into provenance families: a family reports a fact once, however many copies it
 * has. {@link #byDuplicateOf()} groups a copy with the original it duplicates ({@link Article#duplicateOf()});
 * {@link #withRewrites} also joins a rewrite (the same sentences paraphrased, in the same order) to its source.
 */
@FunctionalInterface
public interface Families {
    /** The families of {@code articles}: family id to its members in the given order, families in id order. */
    Map<String, List<Article>> group(List<Article> articles);

    /** A copy belongs to its original's family; an original is its own family. */
    static Families byDuplicateOf() {
        return articles -> {
            Map<String, List<Article>> out = new TreeMap<>();
            for (Article a : articles) {
                out.computeIfAbsent(a.duplicateOf() != null ? a.duplicateOf() : a.id(), k -> new ArrayList<>()).add(a);
            }
            return out;
        };
    }

    /**
     * {@code base}, with families merged when one's representative rewrites the other's: see
     * {@link RewriteDetector}.
     */
    static Families withRewrites(Families base, Terms terms) {
        return new RewriteDetector(base, terms, RewriteDetector.COVERAGE, RewriteDetector.MAX_FAMILIES);
    }
}
