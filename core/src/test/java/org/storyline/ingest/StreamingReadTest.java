package org.storyline.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StreamingReadTest {
    private static final int LINES = 200_000;

    @TempDir
    Path dir;

    @Test
    void aLargeJsonlFileIsStreamedRecordByRecord() throws IOException {
        Path file = dir.resolve("big.jsonl");
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            for (int i = 1; i <= LINES; i++) {
                out.write("{\"id\":\"doc-" + i + "\",\"title\":\"Title " + i + "\",\"text\":\"Text number " + i
                        + " of a generated article.\",\"published\":\"2024-01-" + (1 + i % 28 < 10 ? "0" : "")
                        + (1 + i % 28) + "\",\"source\":\"gen\",\"lang\":\"en\"}\n");
            }
        }
        long[] count = {0};
        long[] lastLine = {0};
        long[] problems = {0};

        IngestSummary summary = new InputReader().read(List.of(file), article -> {
            count[0]++;
            lastLine[0] = article.origin().line();
        }, problem -> problems[0]++);

        assertThat(count[0]).isEqualTo(LINES);
        assertThat(lastLine[0]).isEqualTo(LINES);
        assertThat(problems[0]).isZero();
        assertThat(summary).isEqualTo(new IngestSummary(1, LINES, 0, 0, 0, 0, 0));
    }
}
