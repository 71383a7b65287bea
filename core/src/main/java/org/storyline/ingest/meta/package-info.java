/**
 * Completing an article's metadata when its input does not give it: the outlet from the URL's host
 * ({@link org.storyline.ingest.meta.Outlets}), the publication date from the URL
 * ({@link org.storyline.ingest.meta.UrlDate}), the language from the text
 * ({@link org.storyline.ingest.meta.LanguageGuesser}). Dates in the text itself are found later, by the dating
 * stage.
 */
package org.storyline.ingest.meta;
