package org.storyline.compare;

/** The time span a count refers to ("10,000 a day", "50,000 in a week"); NONE when the sentence gives none. */
public enum Period {
    NONE,
    DAY,
    WEEK,
    MONTH,
    YEAR
}
