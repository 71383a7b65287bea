package org.storyline.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Dataset test: comparison.jsonl and summaries.jsonl of the seeds (skipped when the folder is absent). */
class ComparisonSeedsDatasetTest {
    @TempDir
    Path out;

    @Test
    void theDecember2023EventAgreesOnTenThousandADayAndOnlyThe003ReportHasTheRailLosses() throws Exception {
        Path seeds = org.storyline.eval.Datasets.find().map(d -> d.resolve("seeds")).orElse(Path.of("shared/datasets/seeds"));
        Assumptions.assumeTrue(Files.isDirectory(seeds), "dataset test skipped: " + seeds + " not found");
        assertThat(Main.run("analyze", "--input", seeds.toString(), "--out", out.toString())).isZero();

        JsonNode event = null;
        for (JsonNode n : Fixtures.readJsonl(out.resolve("comparison.jsonl"))) {
            List<String> ids = new ArrayList<>();
            n.get("framing").forEach(f -> ids.add(f.get("article").asText().substring(0, 3)));
            if (ids.contains("003")) {
                event = n;
            }
        }
        assertThat(event).as("the comparison of the event of 003").isNotNull();
        // 001 and 002 (a rewrite of 001) are one family, 003 the other
        assertThat(event.get("families").asInt()).isEqualTo(2);
        assertThat(texts(event.get("framing"), "article")).containsExactly("001", "002", "003");

        List<String> agreements = new ArrayList<>();
        event.get("agreements").forEach(a -> agreements.add(a.get("kind").asText() + ": " + a.get("statement").asText()));
        assertThat(agreements).anySatisfy(a -> assertThat(a).startsWith("quantity: 10,000").contains("per day"));
        JsonNode perDay = null;
        for (JsonNode a : event.get("agreements")) {
            if (a.get("kind").asText().equals("quantity") && a.get("statement").asText().startsWith("10,000")) {
                perDay = a;
            }
        }
        assertThat(texts(perDay.get("families"), "")).containsExactly("001", "003");
        assertThat(agreements).anySatisfy(a -> assertThat(a).startsWith("claim:").contains("Mayorkas")
                .contains("López Obrador"));

        List<String> exclusive003 = new ArrayList<>();
        event.get("exclusive").forEach(x -> {
            if (x.get("family").asText().startsWith("003")) {
                exclusive003.add(x.get("statement").asText());
            }
        });
        assertThat(exclusive003).anySatisfy(s -> assertThat(s).contains("$200 million"))
                .anySatisfy(s -> assertThat(s).contains("680,000 people"))
                .anySatisfy(s -> assertThat(s).contains("John Kirby"))
                .anySatisfy(s -> assertThat(s).contains("rail crossings"));

        List<String> spelled = new ArrayList<>();
        event.get("contradictions").forEach(c -> {
            if (c.get("kind").asText().equals("name_spelling")) {
                c.get("sides").forEach(s -> spelled.add(s.get("value").asText()));
            }
        });
        assertThat(spelled).contains("Anthony Blinken", "Antony Blinken");

        // Kirby's quote is given to the resolved person, and each source's words for the people crossing the
        // border are there to compare side by side
        List<String> quotes003 = new ArrayList<>();
        event.get("exclusive").forEach(x -> {
            if (x.get("family").asText().startsWith("003") && x.get("kind").asText().equals("quote")) {
                quotes003.add(x.get("statement").asText());
            }
        });
        assertThat(quotes003).anySatisfy(q -> assertThat(q).startsWith("John Kirby: ").contains("migratory flows"));
        for (JsonNode f : event.get("framing")) {
            assertThat(f.get("terms").path("people crossing the border").size())
                    .as("words for the people crossing the border in %s", f.get("article").asText()).isPositive();
        }

        // every summary sentence is cited with offsets into its article's cleaned text
        java.util.Map<String, String> bodies = new java.util.HashMap<>();
        for (JsonNode a : Fixtures.readJsonl(out.resolve("articles.jsonl"))) {
            bodies.put(a.get("id").asText(), a.get("text").asText());
        }
        List<JsonNode> summaries = Fixtures.readJsonl(out.resolve("summaries.jsonl"));
        assertThat(summaries).anySatisfy(s -> assertThat(s.has("storyline")).isTrue());
        for (JsonNode s : summaries) {
            assertThat(s.get("sentences")).isNotEmpty();
            for (JsonNode x : s.get("sentences")) {
                String body = bodies.get(x.get("article").asText());
                assertThat(body.substring(x.get("start").asInt(), x.get("end").asInt())).isEqualTo(x.get("text").asText());
            }
        }
    }

    private static List<String> texts(JsonNode array, String field) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add((field.isEmpty() ? n : n.get(field)).asText().substring(0, 3)));
        return out;
    }
}
