package org.storyline.analyze;

/** Hears about an analysis as it goes: progress and per-article problems. All methods default to nothing. */
public interface AnalysisListener {
    AnalysisListener NONE = new AnalysisListener() {};

    /** Called after each committed batch with the number of articles received so far. */
    default void batchCommitted(long articlesSoFar, long addedSoFar) {}

    /** An article that was refused, with the reason (names the article and its origin). */
    default void rejected(String message) {}

    /** The final derivation (dating from events, storylines, summaries) starts. */
    default void deriving() {}
}
