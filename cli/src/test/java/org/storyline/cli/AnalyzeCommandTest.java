package org.storyline.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** End to end: {@code storyline analyze} on the example corpus. */
class AnalyzeCommandTest {
    @TempDir
    Path out;

    private Map<String, JsonNode> byId(Path file) {
        Map<String, JsonNode> m = new HashMap<>();
        for (JsonNode n : Fixtures.readJsonl(file)) {
            m.put(n.get("id").asText(), n);
        }
        return m;
    }

    @Test
    void analyzesTheExampleCorpusIntoEventsAndStorylines() throws Exception {
        Path examples = Fixtures.examples();
        int rc = Main.run("analyze", "--input", examples.resolve("corpus").toString(), "--out", out.toString());
        assertThat(rc).isZero();

        List<JsonNode> gold = Fixtures.readJsonl(examples.resolve("labels.jsonl"));
        List<JsonNode> assignments = Fixtures.readJsonl(out.resolve("assignments.jsonl"));
        assertThat(assignments).extracting(n -> n.get("id").asText())
                .as("every input id exactly once")
                .containsExactlyInAnyOrderElementsOf(gold.stream().map(n -> n.get("id").asText()).toList());

        Map<String, JsonNode> a = byId(out.resolve("assignments.jsonl"));
        Map<String, JsonNode> articles = byId(out.resolve("articles.jsonl"));
        // the verbatim copy lands in its original's event
        assertThat(a.get("askevalley-barrier-fails-repost").get("event"))
                .isEqualTo(a.get("harborwire-flood-2024-02").get("event"));
        // the same topic in 2021 and 2024: two events, one storyline
        String flood2021 = a.get("harborwire-flood-2021-06").get("event").asText();
        String flood2024 = a.get("harborwire-flood-2024-02").get("event").asText();
        assertThat(flood2021).isNotEqualTo(flood2024);
        assertThat(a.get("harborwire-flood-2021-06").get("storyline"))
                .isEqualTo(a.get("harborwire-flood-2024-02").get("storyline"));
        // the undated article stays undated: no date is guessed
        JsonNode undated = articles.get("gravenholtstar-heater-recall-advice");
        assertThat(undated.get("published").isNull()).isTrue();
        assertThat(undated.get("date_evidence").get("source").asText()).isEqualTo("NONE");
        // events and storylines files are consistent with the assignments
        Set<String> eventIds = new HashSet<>();
        for (JsonNode e : Fixtures.readJsonl(out.resolve("events.jsonl"))) {
            eventIds.add(e.get("id").asText());
            assertThat(e.get("headline").asText()).isNotBlank();
            assertThat(e.get("summary").asText()).isNotBlank();
            for (JsonNode id : e.get("articles")) {
                assertThat(a.get(id.asText()).get("event").asText()).isEqualTo(e.get("id").asText());
            }
        }
        for (JsonNode s : Fixtures.readJsonl(out.resolve("storylines.jsonl"))) {
            for (JsonNode e : s.get("events")) {
                assertThat(eventIds).contains(e.asText());
            }
        }
        assertThat(a.values()).allSatisfy(n -> assertThat(eventIds).contains(n.get("event").asText()));
    }

    @Test
    void theRepostWithBoilerplateIsLinkedToItsOriginal() throws Exception {
        assertThat(Main.run("analyze", "--input", Fixtures.examples().resolve("corpus").toString(), "--out",
                out.toString())).isZero();
        Map<String, JsonNode> articles = byId(out.resolve("articles.jsonl"));
        JsonNode repost = articles.get("askevalley-barrier-fails-repost");
        JsonNode original = articles.get("harborwire-flood-2024-02");
        // which version is the original is provenance work (issue #5): the repost's date is only a lower bound
        // inferred from its text (the day of the storm), the original's is its given publication date
        String link = repost.get("duplicate_of").isNull() ? original.get("duplicate_of").asText()
                : repost.get("duplicate_of").asText();
        assertThat(link).isIn("askevalley-barrier-fails-repost", "harborwire-flood-2024-02");
        JsonNode copy = repost.get("duplicate_of").isNull() ? original : repost;
        assertThat(copy.get("relation").asText()).isEqualTo("near-copy");
        assertThat(copy.get("similarity").asDouble()).isGreaterThan(0.8);
        // its boilerplate is gone and kept with reasons
        assertThat(repost.get("text").asText()).doesNotContain("Leave a Reply").doesNotContain("please consider")
                .doesNotContain("first published by");
        assertThat(repost.get("boilerplate").findValuesAsText("reason"))
                .contains("DONATION_APPEAL", "COMMENT_FORM", "SYNDICATION_NOTE", "GLUED_JUNK");
    }

    @Test
    void aSecondRunAddsToTheStoreAndKeepsEveryArticleOnce() throws Exception {
        Path corpus = Fixtures.examples().resolve("corpus");
        Path txtOnly = Files.createDirectories(out.resolve("in"));
        try (var files = Files.list(corpus)) {
            for (Path p : files.filter(p -> p.toString().endsWith(".txt")).toList()) {
                Files.copy(p, txtOnly.resolve(p.getFileName()));
            }
        }
        Path store = out.resolve("store");
        assertThat(Main.run("analyze", "--input", txtOnly.toString(), "--out", out.resolve("o1").toString(),
                "--store", store.toString())).isZero();
        int first = Fixtures.readJsonl(out.resolve("o1/assignments.jsonl")).size();
        assertThat(Main.run("analyze", "--input", corpus.toString(), "--out", out.resolve("o2").toString(),
                "--store", store.toString())).isZero();

        List<JsonNode> second = Fixtures.readJsonl(out.resolve("o2/assignments.jsonl"));
        assertThat(second).hasSize(Fixtures.readJsonl(Fixtures.examples().resolve("labels.jsonl")).size());
        assertThat(second.stream().map(n -> n.get("id").asText()).distinct().count()).isEqualTo(second.size());
        assertThat(first).isLessThan(second.size());
        // the copy (a .txt) arrived in run 1, its original (in wires.jsonl) in run 2: still one event
        Map<String, JsonNode> a = byId(out.resolve("o2/assignments.jsonl"));
        assertThat(a.get("askevalley-barrier-fails-repost").get("event"))
                .isEqualTo(a.get("harborwire-flood-2024-02").get("event"));
    }

    @Test
    void exitCodeIsNonZeroOnlyWhenNothingCouldBeRead() throws Exception {
        Path good = out.resolve("good.jsonl");
        Files.writeString(good, "{\"id\":\"x1\",\"text\":\"The river rose.\"}\n{broken\n");
        assertThat(Main.run("analyze", "--input", good.toString(), "--input", out.resolve("missing").toString(),
                "--out", out.resolve("o").toString())).isZero();
        assertThat(Fixtures.readJsonl(out.resolve("o/assignments.jsonl"))).hasSize(1);

        assertThat(Main.run("analyze", "--input", out.resolve("missing").toString(),
                "--out", out.resolve("o2").toString())).isEqualTo(1);
    }
}
