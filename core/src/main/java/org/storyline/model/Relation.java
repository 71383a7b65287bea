package org.storyline.model;

import java.util.Locale;

/**
 * How an article relates to the other versions of its story (issue #5). So far the pipeline produces
 * {@link #COPY} (same normalized text) and {@link #NEAR_COPY} (word-shingle Jaccard above the near-duplicate
 * threshold); an article that derives from nothing is {@link #ORIGINAL}. {@link #REWRITE} and
 * {@link #INDEPENDENT} are reserved for sentence-level alignment.
 */
public enum Relation {
    ORIGINAL,
    COPY,
    NEAR_COPY,
    REWRITE,
    INDEPENDENT;

    /** The name used in JSON: lower case, words joined by '-' ({@code near-copy}). */
    public String jsonName() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** The relation with this JSON name; fails with the accepted names otherwise. */
    public static Relation fromJsonName(String name) {
        for (Relation r : values()) {
            if (r.jsonName().equals(name)) {
                return r;
            }
        }
        throw new IllegalArgumentException("unknown relation '" + name
                + "' (expected original, copy, near-copy, rewrite or independent)");
    }
}
