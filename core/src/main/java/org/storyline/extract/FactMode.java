package org.storyline.extract;

/** How facts are extracted from one article. */
public enum FactMode {
    /** Rules only (capitalised sequences with gazetteers, regular expressions): for bulk ingest. */
    FAST,
    /**
     * Entities from Stanford CoreNLP's CoNLL CRF, timexes, quantities and quotes from the same rules as FAST: for
     * events being analysed.
     */
    FULL
}
