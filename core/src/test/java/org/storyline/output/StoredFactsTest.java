package org.storyline.output;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.storyline.extract.ArticleFacts;
import org.storyline.extract.EntityMention;
import org.storyline.extract.EntityResolver;
import org.storyline.extract.FactMode;
import org.storyline.model.Article;
import org.storyline.model.Dating;
import org.storyline.model.Origin;

class StoredFactsTest {
    private static Article article(String id, String text) {
        return new Article(id, null, text, text, "Wire", null, "en", new Origin("t.jsonl", 1), List.of(), null,
                Dating.given(LocalDate.of(2023, 12, 27)), "h-" + id, null);
    }

    private static final List<Article> ARTICLES = List.of(
            article("a", "John Kirby said on Wednesday that more than 10,000 migrants crossed daily. \u201cWe are "
                    + "working on it,\u201d John Kirby said in Washington."),
            article("b", "Officials from Mexico City met Antony Blinken on Thursday for two hours."));

    @Test
    void factsReadBackEqualTheFactsWritten(@TempDir Path dir) throws IOException {
        FactsWriter w = new FactsWriter(FactMode.FAST, 1);
        EntityResolver.Resolution r = w.extract(ARTICLES);
        w.write(r, ARTICLES, dir);
        Map<String, ArticleFacts> read = StoredFacts.read(dir.resolve("facts.jsonl"));
        assertThat(read.keySet()).containsExactly("a", "b");
        for (ArticleFacts f : r.facts()) {
            assertThat(read.get(f.id())).isEqualTo(f);
        }
        assertThat(read.get("a").quotes()).isNotEmpty().allSatisfy(q -> assertThat(q.entity()).isNotNull());
        assertThat(StoredFacts.mode(read.values())).contains(FactMode.FAST);
        assertThat(StoredFacts.mode(List.of())).isEmpty();
    }

    @Test
    void knownFactsAreKeptWhileTheyFitAndTheOthersAreExtractedAgain(@TempDir Path dir) throws IOException {
        FactsWriter w = new FactsWriter(FactMode.FAST, 1);
        w.write(w.extract(ARTICLES), ARTICLES, dir);
        Path file = dir.resolve("facts.jsonl");
        // a changed timex value in a's line (its entities still fit a's text) and a wrong entity text in b's
        String stored = Files.readString(file).replace("\"value\":\"2023-12-27\"", "\"value\":\"KEPT\"")
                .replace("\"text\":\"Antony Blinken\"", "\"text\":\"Antony Blinkex\"");
        Files.writeString(file, stored);
        Map<String, ArticleFacts> known = StoredFacts.read(file);

        EntityResolver.Resolution again = w.extract(ARTICLES, known);
        ArticleFacts a = again.facts().get(0);
        ArticleFacts b = again.facts().get(1);
        assertThat(a.timexes()).anySatisfy(t -> assertThat(t.value()).isEqualTo("KEPT"));
        assertThat(b.entities()).extracting(EntityMention::text).contains("Antony Blinken")
                .doesNotContain("Antony Blinkex");
        // a quantity whose text no longer fits sends its article back to extraction too
        Files.writeString(file, Files.readString(file).replace("\"text\":\"more than 10,000 migrants\"",
                "\"text\":\"more than 10,001 migrants\""));
        assertThat(Files.readString(file)).contains("10,001");
        ArticleFacts a2 = w.extract(ARTICLES, StoredFacts.read(file)).facts().get(0);
        assertThat(a2.timexes()).noneSatisfy(t -> assertThat(t.value()).isEqualTo("KEPT"));
        // ids are assigned again across all articles
        assertThat(again.entities()).anySatisfy(e -> assertThat(e.name()).isEqualTo("John Kirby"));
    }

    @Test
    void aStoreOfFullFactsStaysFullAndABadLineIsNamed(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("facts.jsonl");
        Files.writeString(file, "{\"id\":\"x\",\"mode\":\"fast\",\"degraded\":true,\"entities\":[],\"timexes\":[],"
                + "\"quantities\":[],\"quotes\":[]}\n{\"id\":\"y\",\"mode\":\"fast\",\"degraded\":false,\"entities\":[],"
                + "\"timexes\":[],\"quantities\":[],\"quotes\":[]}\n");
        assertThat(StoredFacts.mode(StoredFacts.read(file).values())).contains(FactMode.FULL);
        Files.writeString(file, "{\"id\":\"x\",\"mode\":\"fast\",\"entities\":[],\"timexes\":[],\"quantities\":[],"
                + "\"quotes\":[]}\n{\"id\":\"y\",\"mode\":\"sideways\"}\n");
        assertThatThrownBy(() -> StoredFacts.read(file)).isInstanceOf(IOException.class)
                .hasMessageContaining("facts.jsonl line 2");
    }
}
