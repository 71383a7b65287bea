package org.storyline.model;

/** How precisely an article's date is known. */
public enum DatePrecision {
    DAY,
    MONTH,
    YEAR
}
