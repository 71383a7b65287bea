package org.storyline.bench;

import java.time.LocalDate;
import java.util.List;

/**
 * One page of the extraction gold set and what should be extracted from it.
 *
 * @param authors the expected author names, or null when the gold set does not say (not scored)
 * @param published the expected publication day, or null when not given (not scored)
 */
record ExtractionCase(String id, String url, String html, String title, String body, LocalDate published,
        List<String> authors) {
}
