package org.storyline.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.storyline.ingest.IngestProblem.Severity;
import org.storyline.model.Origin;

class IngestProblemTest {

    @Test
    void printsFileLineAndMessage() {
        IngestProblem problem = new IngestProblem(Severity.ERROR, new Origin("data/a.jsonl", 17), "malformed JSON (x)");

        assertThat(problem).hasToString("data/a.jsonl:17: malformed JSON (x)");
        assertThat(problem.file()).isEqualTo("data/a.jsonl");
        assertThat(problem.line()).isEqualTo(17);
    }

    @Test
    void aWholeFileProblemPrintsTheFileOnly() {
        assertThat(new IngestProblem(Severity.WARNING, new Origin("data/a.txt", 0), "empty file, no articles"))
                .hasToString("data/a.txt: empty file, no articles");
    }
}
