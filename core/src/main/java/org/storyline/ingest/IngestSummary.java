package org.storyline.ingest;

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
 */
public record IngestSummary(
        int filesRead,
        long articlesRead,
        long rejectedRecords,
        long repeated,
        int ignoredFiles,
        long errors,
        long warnings) {

    /** True when not a single article reached the sink. */
    public boolean nothingRead() {
        return articlesRead == 0;
    }
}
