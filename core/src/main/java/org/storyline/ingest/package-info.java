/**
 * Reading input articles: {@link org.storyline.ingest.InputReader} streams plain-text, JSONL, HTML, RSS/Atom and
 * WARC files (gzipped or not, named one by one or found in directories, recognised by their content) into
 * {@link org.storyline.model.RawArticle}s, reporting every bad record or file as an
 * {@link org.storyline.ingest.IngestProblem} with its {@code file:line} (or record and byte offset) and going on.
 */
package org.storyline.ingest;
