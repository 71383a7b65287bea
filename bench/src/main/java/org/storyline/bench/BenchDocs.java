package org.storyline.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;

/** The documents of a benchmark corpus ({@code docs.jsonl.gz}), in file order. */
final class BenchDocs {
    private BenchDocs() {}

    /** One document: id, title (may be null), text (never null) and source URL (may be null). */
    record Doc(String id, String title, String text, String url) {
        Doc(String id, String title, String text) {
            this(id, title, text, null);
        }
    }

    static List<Doc> read(Path gz) throws IOException {
        if (!Files.isRegularFile(gz)) {
            throw new IllegalArgumentException("benchmark corpus " + gz + " is missing");
        }
        ObjectMapper json = new ObjectMapper();
        List<Doc> out = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(
                new GZIPInputStream(Files.newInputStream(gz)), StandardCharsets.UTF_8))) {
            String line;
            int n = 0;
            while ((line = r.readLine()) != null) {
                n++;
                if (line.isBlank()) {
                    continue;
                }
                JsonNode o = json.readTree(line);
                if (!o.hasNonNull("id") || !o.hasNonNull("text")) {
                    throw new IllegalArgumentException(gz + ":" + n + ": a document needs id and text");
                }
                out.add(new Doc(o.get("id").asText(), o.hasNonNull("title") ? o.get("title").asText() : null,
                        o.get("text").asText(), o.hasNonNull("url") ? o.get("url").asText() : null));
            }
        }
        return out;
    }
}
