package org.storyline.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.storyline.ingest.Fixtures.jsonl;
import static org.storyline.ingest.Fixtures.read;
import static org.storyline.ingest.Fixtures.write;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.storyline.ingest.IngestProblem.Severity;

class DuplicateIdTest {

    @TempDir
    Path dir;

    @Test
    void theSameIdWithTheSameTextIsSkippedAndCountedAsRepeated() {
        Path a = write(dir, "a.jsonl", jsonl("{\"id\":\"x\",\"title\":\"First\",\"text\":\"Same.\"}"));
        Path b = write(dir, "b.jsonl", jsonl("{\"id\":\"y\",\"text\":\"Other.\"}",
                "{\"id\":\"x\",\"title\":\"Second\",\"text\":\"Same.\"}"));

        Fixtures.Run run = read(a, b);

        assertThat(run.ids()).containsExactly("x", "y");
        assertThat(run.articles().getFirst().title()).isEqualTo("First");
        assertThat(run.onlyProblem().severity()).isEqualTo(Severity.INFO);
        assertThat(run.onlyProblem().toString()).isEqualTo(b + ":2: id x repeated with the same text as " + a + ":1; skipped");
        assertThat(run.summary()).isEqualTo(new IngestSummary(2, 2, 0, 1, 0, 0, 0));
    }

    @Test
    void theSameIdWithADifferentTextIsAnErrorAndTheFirstIsKept() {
        Path file = write(dir, "a.jsonl", jsonl(
                "{\"id\":\"w\",\"text\":\"W.\"}",
                "{\"id\":\"x\",\"text\":\"First text.\"}",
                "{\"id\":\"x\",\"text\":\"Second text.\"}"));

        Fixtures.Run run = read(file);

        assertThat(run.ids()).containsExactly("w", "x");
        assertThat(run.articles().get(1).text()).isEqualTo("First text.");
        assertThat(run.onlyProblem().severity()).isEqualTo(Severity.ERROR);
        assertThat(run.onlyProblem().toString()).isEqualTo(file + ":3: id x already read from " + file
                + ":2; this record has a different text and is skipped");
        assertThat(run.summary()).isEqualTo(new IngestSummary(1, 2, 1, 0, 0, 1, 0, Map.of("id clash", 1L)));
    }

    @Test
    void textFilesAndJsonlShareOneIdSpace() {
        Path text = write(dir, "x.txt", "Storm hits\nThe storm hit.");
        Path records = write(dir, "b.jsonl", jsonl("{\"id\":\"x\",\"text\":\"The storm hit.\"}",
                "{\"id\":\"x\",\"text\":\"Another storm.\"}"));

        Fixtures.Run run = read(text, records);

        assertThat(run.ids()).containsExactly("x");
        assertThat(run.messages()).containsExactly(
                records + ":1: id x repeated with the same text as " + text + "; skipped",
                records + ":2: id x already read from " + text + "; this record has a different text and is skipped");
    }

    @Test
    void eachReadCallStartsWithNoIds() {
        Path file = write(dir, "a.jsonl", jsonl("{\"id\":\"x\",\"text\":\"Same.\"}"));
        InputReader reader = new InputReader();

        Fixtures.Run first = Fixtures.read(reader, file);
        Fixtures.Run second = Fixtures.read(reader, file);

        assertThat(first.ids()).containsExactly("x");
        assertThat(second.ids()).containsExactly("x");
        assertThat(second.problems()).isEmpty();
    }
}
