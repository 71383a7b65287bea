package org.storyline.provenance;

/** The outcome of comparing two versions sentence by sentence. */
public enum PairVerdict {
    /** The same text retold: the same facts in the same order, in other words. */
    REWRITE,
    /** The same event told independently: different text. */
    INDEPENDENT,
    /** Nothing in common worth a relation. */
    UNRELATED
}
