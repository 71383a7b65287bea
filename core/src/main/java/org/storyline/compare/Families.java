package org.storyline.compare;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.storyline.model.Article;

/**
 * Groups articles into provenance families: a family reports a fact once, however many copies it has. The
 * default groups a copy with the original it duplicates ({@link Article#duplicateOf()}).
 */
@FunctionalInterface
public interface Families {
    /** The family id of {@code article} among {@code members} (the articles compared together). */
    String familyOf(Article article);

    /** A copy belongs to its original's family; an original is its own family. */
    static Families byDuplicateOf() {
        return a -> a.duplicateOf() != null ? a.duplicateOf() : a.id();
    }

    /** Articles grouped by family id, in id order, each family's articles in the given order. */
    default Map<String, List<Article>> group(List<Article> articles) {
        Map<String, List<Article>> out = new TreeMap<>();
        for (Article a : articles) {
            out.computeIfAbsent(familyOf(a), k -> new java.util.ArrayList<>()).add(a);
        }
        return out;
    }
}
