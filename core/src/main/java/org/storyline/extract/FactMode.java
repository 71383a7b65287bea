package org.storyline.extract;

/** How facts are extracted from one article. */
public enum FactMode {
    /** Rules only (capitalised sequences with gazetteers, regular expressions): for bulk ingest. */
    FAST,
    /** Stanford CoreNLP (POS, CRF NER, SUTime) plus the rules for quantities and quotes: for events being analysed. */
    FULL
}
