package org.storyline.ingest;

import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/**
 * What one {@link InputReader#read} call did.
 *
 * @param filesRead       files of a known type that were opened and read, fully or in part
 * @param articlesRead    articles delivered to the sink
 * @param rejectedRecords records (JSONL lines or text files) skipped because of an error in them, a clashing id
 *                        included; whole-file failures such as a missing path are counted in {@code errors} only
 * @param repeated        records skipped because the same id with the same text was already read
 * @param ignoredFiles    files inside input directories skipped because their type is not an input type
 * @param errors          problems of severity {@link IngestProblem.Severity#ERROR}
 * @param warnings        problems of severity {@link IngestProblem.Severity#WARNING}
 * @param skipped         the rejected records by reason ("malformed JSON", "page too large", "truncated WARC
 *                        record"...), in the order of the reasons' names
 */
public record IngestSummary(
        int filesRead,
        long articlesRead,
        long rejectedRecords,
        long repeated,
        int ignoredFiles,
        long errors,
        long warnings,
        Map<String, Long> skipped) {

    public IngestSummary {
        skipped = skipped == null ? Map.of() : Collections.unmodifiableMap(new TreeMap<>(skipped));
    }

    /** A summary without a breakdown of the skipped records. */
    public IngestSummary(int filesRead, long articlesRead, long rejectedRecords, long repeated, int ignoredFiles,
            long errors, long warnings) {
        this(filesRead, articlesRead, rejectedRecords, repeated, ignoredFiles, errors, warnings, Map.of());
    }

    /** "2 malformed JSON, 1 page too large", or "" when nothing was skipped. */
    public String skippedByReason() {
        StringBuilder s = new StringBuilder();
        skipped.forEach((reason, n) -> s.append(s.isEmpty() ? "" : ", ").append(n).append(' ').append(reason));
        return s.toString();
    }

    /** True when not a single article reached the sink. */
    public boolean nothingRead() {
        return articlesRead == 0;
    }
}
