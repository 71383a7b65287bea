package org.storyline.web;

import org.storyline.index.SearchIndex;
import org.storyline.model.Snapshot;

/**
 * What one request answers from: a snapshot, its lookups, the search index brought up to date with it and the
 * derived files (facts, entities, comparison, summaries) of the same analysis.
 */
record View(Snapshot snapshot, Catalog catalog, SearchIndex search, Coverage coverage) {
    View(Snapshot snapshot, SearchIndex search, Coverage coverage) {
        this(snapshot, new Catalog(snapshot), search, coverage);
    }

    View(Snapshot snapshot, SearchIndex search) {
        this(snapshot, search, Coverage.none());
    }
}
