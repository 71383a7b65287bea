package org.storyline.compare;

/** What a compared item is about. */
public enum FactKind {
    QUANTITY,
    DATE,
    QUOTE,
    NAME,
    /** A whole sentence, compared by its words. */
    CLAIM;

    public String jsonName() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
