package org.storyline.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Dataset test: the acceptance case on ../shared/datasets/seeds (skipped when the folder is absent). */
class SeedsDatasetTest {
    @TempDir
    Path out;

    @Test
    void seedsGiveExactlyThreeEventsInOneStorylineWithTheDecember2023Dates() throws Exception {
        Path seeds = org.storyline.eval.Datasets.find().map(d -> d.resolve("seeds")).orElse(Path.of("shared/datasets/seeds"));
        Assumptions.assumeTrue(Files.isDirectory(seeds), "dataset test skipped: " + seeds + " not found");
        assertThat(Main.run("analyze", "--input", seeds.toString(), "--out", out.toString())).isZero();

        Map<String, Set<String>> events = new TreeMap<>();
        Set<String> storylines = new TreeSet<>();
        for (JsonNode n : Fixtures.readJsonl(out.resolve("assignments.jsonl"))) {
            events.computeIfAbsent(n.get("event").asText(), k -> new TreeSet<>()).add(n.get("id").asText().substring(0, 3));
            storylines.add(n.get("storyline").asText());
        }
        assertThat(events.values()).containsExactlyInAnyOrder(Set.of("000"), Set.of("004"), Set.of("001", "002", "003"));
        assertThat(storylines).hasSize(1);

        Map<String, JsonNode> articles = new HashMap<>();
        for (JsonNode n : Fixtures.readJsonl(out.resolve("articles.jsonl"))) {
            articles.put(n.get("id").asText().substring(0, 3), n);
        }
        for (String id : List.of("001", "002", "003")) {
            assertThat(articles.get(id).get("published").asText()).as(id).isEqualTo("2023-12");
            assertThat(articles.get(id).get("date_evidence").get("evidence").asText()).as(id).isNotBlank();
        }
        for (String id : List.of("000", "004")) {
            assertThat(articles.get(id).get("published").isNull()).as(id + " has no year in its text").isTrue();
        }
        // one storyline of the three events, dated ones first in chronological order, undated ones after
        JsonNode storyline = Fixtures.readJsonl(out.resolve("storylines.jsonl")).get(0);
        assertThat(storyline.get("events")).hasSize(3);
        assertThat(storyline.get("timeline").get(0).get("start").asText()).startsWith("2023-12");
    }
}
