package org.storyline.extract;

/** TIMEX3 types. */
public enum TimexType {
    DATE, TIME, DURATION, SET
}
