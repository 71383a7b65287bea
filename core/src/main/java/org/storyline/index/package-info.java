/**
 * Search over the articles of a {@link org.storyline.model.Snapshot}: BM25 full text over title and cleaned text
 * with highlighted snippets, semantic search by nearest neighbours of the leads' embeddings, and both fused by
 * reciprocal rank; results are grouped by event so that copies of one story do not flood a page. The index is a
 * Lucene index of its own, kept next to the store and brought up to date with a new snapshot incrementally.
 */
package org.storyline.index;
