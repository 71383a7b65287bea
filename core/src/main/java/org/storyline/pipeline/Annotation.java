package org.storyline.pipeline;

/** What a stage adds to the articles or the collection; stages declare what they require and provide. */
public enum Annotation {
    /** Articles read from the input. */
    RAW,
    /** Cleaned body text, removed boilerplate spans, offsets back to the original. */
    CLEAN_TEXT,
    /** The article's date, given or inferred, with evidence. */
    DATING,
    /** A hash of the normalized text. */
    CONTENT_HASH,
    /** {@code duplicateOf} set for exact duplicates. */
    DUPLICATES,
    /** Articles grouped into events. */
    EVENTS,
    /** Undated articles completed from their event. */
    EVENT_DATING,
    /** Events chained into storylines. */
    STORYLINES,
    /** Headlines and summaries of events. */
    SUMMARIES
}
