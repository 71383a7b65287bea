package org.storyline.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;

/** Loads the extraction gold set: {@code expected.jsonl} and the gzipped pages it names. */
final class ExtractionCases {
    private ExtractionCases() {
    }

    static List<ExtractionCase> load(Path dir) throws IOException {
        Path expected = dir.resolve("expected.jsonl");
        if (!Files.isRegularFile(expected)) {
            throw new IllegalArgumentException(expected + " not found");
        }
        JsonMapper json = new JsonMapper();
        List<ExtractionCase> cases = new ArrayList<>();
        try (BufferedReader lines = Files.newBufferedReader(expected, StandardCharsets.UTF_8)) {
            String line;
            while ((line = lines.readLine()) != null) {
                if (line.isBlank()) {
                    continue;
                }
                JsonNode o = json.readTree(line);
                Path page = dir.resolve(o.path("page").asText("pages/" + o.path("id").asText() + ".html.gz"));
                String html;
                try (InputStream in = new GZIPInputStream(Files.newInputStream(page))) {
                    html = new String(in.readAllBytes(), StandardCharsets.UTF_8);
                }
                List<String> authors = null;
                if (o.path("authors").isArray()) {
                    authors = new ArrayList<>();
                    for (JsonNode a : o.path("authors")) {
                        authors.add(a.asText());
                    }
                }
                String published = o.path("published").asText("");
                cases.add(new ExtractionCase(o.path("id").asText(), o.path("url").asText(null), html,
                        o.path("title").asText(""), o.path("body").asText(""),
                        published.length() >= 10 ? LocalDate.parse(published.substring(0, 10)) : null, authors));
            }
        }
        return cases;
    }
}
