/**
 * Reading input articles: {@link org.storyline.ingest.InputReader} streams plain-text and JSONL files (gzipped
 * or not, named one by one or found in directories) into {@link org.storyline.model.RawArticle}s, reporting every
 * bad record or file as an {@link org.storyline.ingest.IngestProblem} with its {@code file:line} and going on.
 */
package org.storyline.ingest;
