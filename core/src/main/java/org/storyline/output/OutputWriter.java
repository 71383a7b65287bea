package org.storyline.output;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import org.storyline.compare.ExtractedFactSource;
import org.storyline.extract.EntityResolver;
import org.storyline.model.Article;
import org.storyline.model.Event;
import org.storyline.model.Snapshot;
import org.storyline.model.Storyline;
import org.storyline.provenance.Family;
import org.storyline.store.ArticleCodec;
import org.storyline.store.EventCodec;
import org.storyline.text.Terms;

/**
 * Writes a {@link Snapshot} as the output files: {@code articles.jsonl}, {@code events.jsonl},
 * {@code storylines.jsonl}, {@code assignments.jsonl}, {@code provenance.jsonl} (one line per family of
 * several versions, {@link ProvenanceJson}), then the comparison and summaries of every event
 * ({@link CoverageWriter}: {@code comparison.jsonl}, {@code summaries.jsonl}) from the articles' extracted facts. Each file is written to a temporary name and moved
 * into place, so a reader never sees half a file.
 */
public final class OutputWriter {
    public static final List<String> FILES = List.of("articles.jsonl", "events.jsonl", "storylines.jsonl",
            "assignments.jsonl", "provenance.jsonl", "comparison.jsonl", "summaries.jsonl");

    private final ObjectMapper json = new ObjectMapper();
    private final ArticleCodec articles = new ArticleCodec(json);
    private final EventCodec events = new EventCodec(json);
    private final ProvenanceJson provenance = new ProvenanceJson(json);

    /**
     * Writes the snapshot; {@code facts} are the facts of its articles (extracted once by
     * {@link FactsWriter#extract}), used by the comparison.
     */
    public void write(Snapshot snapshot, EntityResolver.Resolution facts, Path dir) throws IOException {
        Files.createDirectories(dir);
        writeLines(dir.resolve("articles.jsonl"), snapshot.articles(), a -> {
            ObjectNode o = articles.toJson(a, false);
            String event = snapshot.eventOf(a.id()).orElse(null);
            o.put("event", event);
            o.put("storyline", event == null ? null : snapshot.storylineOf(event).orElse(null));
            return o;
        });
        writeLines(dir.resolve("events.jsonl"), snapshot.events(), e -> {
            ObjectNode o = events.toJson(e);
            o.put("storyline", snapshot.storylineOf(e.id()).orElse(null));
            return o;
        });
        writeLines(dir.resolve("storylines.jsonl"), snapshot.storylines(), s -> storyline(snapshot, s));
        writeLines(dir.resolve("assignments.jsonl"), snapshot.articles(), a -> {
            ObjectNode o = json.createObjectNode();
            String event = snapshot.eventOf(a.id()).orElse(null);
            o.put("id", a.id());
            o.put("event", event);
            o.put("storyline", event == null ? null : snapshot.storylineOf(event).orElse(null));
            return o;
        });
        writeLines(dir.resolve("provenance.jsonl"), Family.of(snapshot.articles()), provenance::toJson);
        try (Terms terms = new Terms()) {
            CoverageWriter.defaults(terms, new ExtractedFactSource(facts)).write(snapshot, dir);
        }
    }

    private ObjectNode storyline(Snapshot snapshot, Storyline s) {
        ObjectNode o = events.toJson(s);
        ArrayNode timeline = o.putArray("timeline");
        for (String id : s.eventIds()) {
            Event e = snapshot.event(id).orElseThrow();
            ObjectNode t = timeline.addObject();
            t.put("event", e.id());
            t.put("start", e.start() == null ? null : e.start().toString());
            t.put("end", e.end() == null ? null : e.end().toString());
            t.put("headline", e.headline());
            t.put("articles", e.articleIds().size());
        }
        return o;
    }

    private <T> void writeLines(Path file, List<T> items, java.util.function.Function<T, ObjectNode> toJson)
            throws IOException {
        JsonLines.write(json, file, items, toJson);
    }

}
