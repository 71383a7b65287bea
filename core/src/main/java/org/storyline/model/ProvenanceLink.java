package org.storyline.model;

import java.util.List;
import java.util.Objects;

/**
 * A verdict of the sentence-level comparison of this article with {@code other}: {@link Relation#REWRITE} (the
 * same text retold: same facts in the same order) or {@link Relation#INDEPENDENT} (the same event, different text),
 * with the pair's similarity and the aligned passages, {@code a} being this article. Kept on both articles, so that
 * families can be rebuilt from the stored articles alone.
 */
public record ProvenanceLink(String other, Relation verdict, double similarity, List<AlignedPassage> passages) {
    public ProvenanceLink {
        Objects.requireNonNull(other, "other");
        if (verdict != Relation.REWRITE && verdict != Relation.INDEPENDENT) {
            throw new IllegalArgumentException("a link is a rewrite or independent, not " + verdict);
        }
        if (!(similarity >= 0 && similarity <= 1)) {
            throw new IllegalArgumentException("similarity must be in [0, 1], got " + similarity);
        }
        passages = passages == null ? List.of() : List.copyOf(passages);
    }
}
