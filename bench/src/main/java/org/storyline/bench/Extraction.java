package org.storyline.bench;

import java.time.LocalDate;
import java.util.List;

/** What one extractor produced for one page; any field may be null or empty. */
record Extraction(String title, String body, LocalDate published, List<String> authors) {
}
