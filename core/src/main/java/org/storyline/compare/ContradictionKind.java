package org.storyline.compare;

/** How two reports of the same thing disagree. */
public enum ContradictionKind {
    /** The same measured thing with incompatible numbers. */
    NUMBER,
    /** The same happening dated differently. */
    DATE,
    /** The same quote attributed to different speakers. */
    QUOTE_SPEAKER,
    /** One person's name spelled differently. */
    NAME_SPELLING;

    public String jsonName() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
