package org.storyline.output;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.storyline.extract.EntityResolver;
import org.storyline.extract.FactMode;
import org.storyline.model.Article;
import org.storyline.model.DatePrecision;
import org.storyline.model.DateSource;
import org.storyline.model.Dating;
import org.storyline.model.Origin;

class FactsWriterTest {
    private static final String TEXT = "Officials met on Wednesday. Talks resume next month, they said.";

    private static Article article(String id, Dating dating) {
        return new Article(id, null, TEXT, TEXT, "Wire", null, "en", new Origin("t.jsonl", 1), List.of(), null,
                dating, "h-" + id, null);
    }

    @Test
    void everyLineCarriesItsArticlesDatingAndRelativeDatesResolveAgainstAnInferredOne(@TempDir Path dir)
            throws Exception {
        List<Article> articles = List.of(
                article("given", Dating.given(LocalDate.of(2023, 12, 27))),
                article("inferred", new Dating(LocalDate.of(2021, 3, 10), DatePrecision.DAY, DateSource.TEXT,
                        "\"on March 10\" with the year of the text")),
                article("undated", Dating.undated()));
        FactsWriter w = new FactsWriter(FactMode.FAST, 1);
        EntityResolver.Resolution r = w.extract(articles);
        w.write(r, articles, dir);

        ObjectMapper json = new ObjectMapper();
        Map<String, JsonNode> lines = new HashMap<>();
        for (String line : Files.readAllLines(dir.resolve("facts.jsonl"))) {
            JsonNode n = json.readTree(line);
            lines.put(n.get("id").asText(), n);
        }
        JsonNode given = lines.get("given").get("dating");
        assertThat(given.get("date").asText()).isEqualTo("2023-12-27");
        assertThat(given.get("source").asText()).isEqualTo("given");
        assertThat(given.get("confidence").asDouble()).isEqualTo(1.0);

        JsonNode inferred = lines.get("inferred").get("dating");
        assertThat(inferred.get("date").asText()).isEqualTo("2021-03-10");
        assertThat(inferred.get("source").asText()).isEqualTo("text");
        assertThat(inferred.get("confidence").asDouble()).isBetween(0.5, 0.99);
        assertThat(inferred.get("evidence").asText()).contains("March 10");

        JsonNode undated = lines.get("undated").get("dating");
        assertThat(undated.get("date").isNull()).isTrue();
        assertThat(undated.get("source").asText()).isEqualTo("none");
        assertThat(undated.get("confidence").asDouble()).isZero();

        // "next month" resolves against each article's own date, inferred or given; not to a month without one
        assertThat(value(lines.get("given"), "next month")).isEqualTo("2024-01");
        assertThat(value(lines.get("inferred"), "next month")).isEqualTo("2021-04");
        assertThat(value(lines.get("undated"), "next month")).doesNotStartWith("20");
    }

    private static String value(JsonNode line, String text) {
        for (JsonNode t : line.get("timexes")) {
            if (t.get("text").asText().equals(text)) {
                return t.path("value").asText("");
            }
        }
        throw new AssertionError("no timex '" + text + "' in " + line);
    }

    @ParameterizedTest
    @CsvSource({"GIVEN,DAY,1.0", "TEXT,DAY,0.8", "TEXT,MONTH,0.7", "TEXT,YEAR,0.6", "EVENT,DAY,0.5",
            "EVENT,MONTH,0.5"})
    void confidenceFollowsTheSourceAndPrecision(DateSource source, DatePrecision precision, double expected) {
        assertThat(new Dating(LocalDate.of(2020, 1, 1), precision, source, "").confidence()).isEqualTo(expected);
        assertThat(Dating.undated().confidence()).isZero();
    }
}
