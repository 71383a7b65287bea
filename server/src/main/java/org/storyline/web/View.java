package org.storyline.web;

import org.storyline.index.SearchIndex;
import org.storyline.model.Snapshot;

/** What one request answers from: a snapshot, its lookups and the search index brought up to date with it. */
record View(Snapshot snapshot, Catalog catalog, SearchIndex search) {
    View(Snapshot snapshot, SearchIndex search) {
        this(snapshot, new Catalog(snapshot), search);
    }
}
