package org.storyline.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/** Quality floor on extraction-fundus (not timed); skipped when the shared datasets are not there. */
class ExtractBenchDatasetTest {

    @Test
    void storylineStaysAboveTheTargetsOnTheDevPages() throws Exception {
        Path dir = datasets().resolve("extraction-fundus");
        Assumptions.assumeTrue(Files.isRegularFile(dir.resolve("expected.jsonl")), "extraction-fundus not found");
        List<ExtractionCase> cases = ExtractionCases.load(dir);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            ExtractionSummary s = ExtractionSummary.of(cases,
                    ExtractBench.extractAll(pool, PageExtractors.storyline(), cases));
            assertThat(s.f1()).isGreaterThanOrEqualTo(0.95);
            assertThat(s.date()).isGreaterThanOrEqualTo(0.90);
            assertThat(s.authors()).isGreaterThanOrEqualTo(0.85);
            assertThat(s.title()).isGreaterThanOrEqualTo(0.80);
        } finally {
            pool.shutdownNow();
        }
    }

    private static Path datasets() {
        return org.storyline.eval.Datasets.find().orElse(Path.of("shared/datasets"));
    }
}
