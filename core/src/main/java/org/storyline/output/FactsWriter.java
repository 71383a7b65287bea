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
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.storyline.extract.ArticleFacts;
import org.storyline.extract.CanonicalEntity;
import org.storyline.extract.EntityMention;
import org.storyline.extract.EntityResolver;
import org.storyline.extract.FactExtractor;
import org.storyline.extract.FactMode;
import org.storyline.extract.Quantity;
import org.storyline.extract.Quote;
import org.storyline.extract.Timex;
import org.storyline.model.Article;
import org.storyline.model.Dating;

/**
 * Extracts the facts of articles once ({@link #extract}: every article, resolved across articles) and writes
 * {@code facts.jsonl} (one line per article, sorted by id, offsets into the article's original text) and
 * {@code entities.jsonl} (one line per canonical entity, sorted by id). The same facts feed the comparison
 * ({@link CoverageWriter}). Each file is written to a temporary name and moved into place.
 */
public final class FactsWriter {
    public static final List<String> FILES = List.of("facts.jsonl", "entities.jsonl");

    private final ObjectMapper json = new ObjectMapper();
    private final FactMode mode;
    private final int threads;

    public FactMode mode() {
        return mode;
    }

    public FactsWriter(FactMode mode, int threads) {
        this.mode = mode;
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be >= 1: " + threads);
        }
        this.threads = threads;
    }

    /**
     * Writes facts extracted before ({@link #extract}) from {@code articles}, each line with its article's dating
     * (given, inferred from the text or completed from its event, with a confidence).
     */
    public void write(EntityResolver.Resolution r, List<Article> articles, Path dir) throws IOException {
        Map<String, Dating> dating = new HashMap<>(articles.size() * 2);
        articles.forEach(a -> dating.put(a.id(), a.dating()));
        Files.createDirectories(dir);
        writeLines(dir.resolve("facts.jsonl"), r.facts(),
                f -> toJson(f, dating.getOrDefault(f.id(), Dating.undated())));
        writeLines(dir.resolve("entities.jsonl"), r.entities(), this::toJson);
    }

    /** The facts of {@code articles} in this writer's mode (sorted by id, on its threads), resolved across them. */
    public EntityResolver.Resolution extract(List<Article> articles) throws IOException {
        return extract(articles, Map.of());
    }

    /**
     * As {@link #extract(List)}, taking the facts of an article from {@code known} (read back with
     * {@link StoredFacts}) when they still fit its text, and extracting only the others.
     */
    public EntityResolver.Resolution extract(List<Article> articles, Map<String, ArticleFacts> known)
            throws IOException {
        List<Article> sorted = new ArrayList<>(articles);
        sorted.sort(Comparator.comparing(Article::id));
        List<Article> todo = new ArrayList<>();
        for (Article a : sorted) {
            ArticleFacts k = known.get(a.id());
            if (k == null || !StoredFacts.fits(k, a)) {
                todo.add(a);
            }
        }
        Map<String, ArticleFacts> fresh = new HashMap<>(todo.size() * 2);
        for (ArticleFacts f : extractEach(todo)) {
            fresh.put(f.id(), f);
        }
        List<ArticleFacts> all = new ArrayList<>(sorted.size());
        for (Article a : sorted) {
            all.add(fresh.containsKey(a.id()) ? fresh.get(a.id()) : known.get(a.id()));
        }
        return new EntityResolver().resolve(all);
    }

    private List<ArticleFacts> extractEach(List<Article> articles) throws IOException {
        List<Article> sorted = new ArrayList<>(articles);
        sorted.sort(Comparator.comparing(Article::id));
        List<ArticleFacts> out = new ArrayList<>(sorted.size());
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try (FactExtractor x = new FactExtractor(mode)) {
            List<Future<ArticleFacts>> jobs = new ArrayList<>(sorted.size());
            for (Article a : sorted) {
                jobs.add(pool.submit(() -> x.extract(a)));
            }
            for (Future<ArticleFacts> j : jobs) {
                out.add(j.get());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while extracting facts", e);
        } catch (ExecutionException e) {
            throw new IOException("fact extraction failed: " + e.getCause().getMessage(), e.getCause());
        } finally {
            pool.shutdownNow();
        }
        return out;
    }

    /** One line of {@code facts.jsonl}. */
    public ObjectNode toJson(ArticleFacts f, Dating d) {
        ObjectNode o = json.createObjectNode();
        o.put("id", f.id());
        o.put("mode", f.mode().name().toLowerCase(Locale.ROOT));
        o.put("degraded", f.degraded());
        ObjectNode dn = o.putObject("dating");
        dn.put("date", d.iso());
        dn.put("latest", d.isDated() ? d.latest().toString() : null);
        dn.put("source", d.source().name().toLowerCase(Locale.ROOT));
        dn.put("confidence", d.confidence());
        dn.put("evidence", d.evidence());
        ArrayNode es = o.putArray("entities");
        for (EntityMention m : f.entities()) {
            ObjectNode e = es.addObject();
            e.put("start", m.start());
            e.put("end", m.end());
            e.put("text", m.text());
            e.put("type", m.type().name());
            e.put("entity", m.entity());
        }
        ArrayNode ts = o.putArray("timexes");
        for (Timex t : f.timexes()) {
            ObjectNode e = ts.addObject();
            e.put("start", t.start());
            e.put("end", t.end());
            e.put("text", t.text());
            e.put("type", t.type().name());
            e.put("value", t.value());
        }
        ArrayNode qs = o.putArray("quantities");
        for (Quantity q : f.quantities()) {
            ObjectNode e = qs.addObject();
            e.put("start", q.start());
            e.put("end", q.end());
            e.put("text", q.text());
            e.put("value", q.value());
            e.put("unit", q.unit());
            e.put("approx", q.approx());
        }
        ArrayNode quotes = o.putArray("quotes");
        for (Quote q : f.quotes()) {
            ObjectNode e = quotes.addObject();
            e.put("start", q.start());
            e.put("end", q.end());
            e.put("text", q.text());
            e.put("direct", q.direct());
            e.put("speaker", q.speaker());
            if (q.hasSpeaker()) {
                e.put("speaker_start", q.speakerStart());
                e.put("speaker_end", q.speakerEnd());
            } else {
                e.putNull("speaker_start");
                e.putNull("speaker_end");
            }
            e.put("entity", q.entity());
        }
        return o;
    }

    /** One line of {@code entities.jsonl}. */
    public ObjectNode toJson(CanonicalEntity c) {
        ObjectNode o = json.createObjectNode();
        o.put("id", c.id());
        o.put("name", c.name());
        o.put("type", c.type().name());
        c.variants().forEach(o.putArray("variants")::add);
        c.roles().forEach(o.putArray("roles")::add);
        c.articles().forEach(o.putArray("articles")::add);
        o.put("mentions", c.mentions());
        return o;
    }

    private <T> void writeLines(Path file, List<T> items, java.util.function.Function<T, ObjectNode> toJson)
            throws IOException {
        JsonLines.write(json, file, items, toJson);
    }
}
