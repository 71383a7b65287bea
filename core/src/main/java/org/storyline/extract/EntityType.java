package org.storyline.extract;

/** Named-entity types (the CoNLL-2003 set). */
public enum EntityType {
    /** Person. */
    PER,
    /** Organization. */
    ORG,
    /** Location. */
    LOC,
    /** Other names: nationalities, events, works, products. */
    MISC
}
