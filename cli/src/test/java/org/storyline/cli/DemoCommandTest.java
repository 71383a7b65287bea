package org.storyline.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The README's first command: the demo's analysis runs with analyze's defaults and writes every output. */
class DemoCommandTest {
    @TempDir
    Path dir;

    @Test
    void demoAnalysisWritesAllOutputsWithTheDefaults() throws Exception {
        Path out = dir.resolve("demo");
        Files.createDirectories(out.resolve("stale"));
        int rc = DemoCommand.analyze(Fixtures.examples().resolve("corpus"), out);

        assertThat(rc).isZero();
        assertThat(out.resolve("stale")).doesNotExist();
        for (String f : List.of("articles.jsonl", "events.jsonl", "storylines.jsonl", "assignments.jsonl",
                "provenance.jsonl", "facts.jsonl", "entities.jsonl", "comparison.jsonl", "summaries.jsonl")) {
            assertThat(out.resolve(f)).as(f).isNotEmptyFile();
        }
        // the store keeps the derived files the server shows, identical to the output files
        for (String f : org.storyline.output.DerivedFiles.FILES) {
            assertThat(out.resolve("store").resolve("derived").resolve(f)).as(f).hasSameTextualContentAs(
                    out.resolve(f));
        }
        List<JsonNode> facts = Fixtures.readJsonl(out.resolve("facts.jsonl"));
        // the default, auto, is full on a small collection
        assertThat(facts).allSatisfy(f -> assertThat(f.get("mode").asText()).isEqualTo("full"));
        List<JsonNode> articles = Fixtures.readJsonl(out.resolve("articles.jsonl"));
        assertThat(articles).anySatisfy(a -> assertThat(a.get("relation").asText()).isEqualTo("near-copy"));
        assertThat(articles).allSatisfy(a -> assertThat(a.hasNonNull("family")).isTrue());
    }
}
