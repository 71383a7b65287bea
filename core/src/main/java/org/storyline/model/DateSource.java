package org.storyline.model;

/** Where an article's date came from. */
public enum DateSource {
    /** The input gave it (metadata). */
    GIVEN,
    /** Inferred from expressions in the article's own text. */
    TEXT,
    /** Completed from the other articles of the same event (e.g. month from the text, year from the event). */
    EVENT,
    /** No evidence: the article is undated. Never guessed. */
    NONE
}
