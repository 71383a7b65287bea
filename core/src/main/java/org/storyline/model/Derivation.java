package org.storyline.model;

import java.util.Objects;

/**
 * What an article was derived from: the relation, the version it is closest to ({@code derivedFrom}, which may
 * itself be a copy; {@link Article#duplicateOf()} is always the family's original) and the similarity of the
 * two (word-shingle Jaccard; 1 for copies).
 */
public record Derivation(Relation relation, String derivedFrom, double similarity) {
    public Derivation {
        Objects.requireNonNull(relation, "relation");
        if (relation == Relation.ORIGINAL) {
            throw new IllegalArgumentException("an original derives from nothing: use no derivation");
        }
        if (derivedFrom == null || derivedFrom.isBlank()) {
            throw new IllegalArgumentException("a " + relation.jsonName() + " needs the id it derives from");
        }
        if (!(similarity >= 0 && similarity <= 1)) {
            throw new IllegalArgumentException("similarity must be in [0, 1], got " + similarity);
        }
    }

    /** An exact copy (same normalized text) of {@code original}. */
    public static Derivation copyOf(String original) {
        return new Derivation(Relation.COPY, original, 1.0);
    }

    /** A near copy of {@code version} with word-shingle Jaccard {@code similarity}. */
    public static Derivation nearCopyOf(String version, double similarity) {
        return new Derivation(Relation.NEAR_COPY, version, similarity);
    }
}
