package org.storyline.web;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.storyline.extract.EntityType;
import org.storyline.model.Article;
import org.storyline.model.Snapshot;
import org.storyline.output.DerivedFiles;
import org.storyline.text.Folding;

/**
 * The derived files of a store ({@code STORE/derived}: facts, entities, comparison, summaries), read without
 * holding them in memory: one pass at load records where each article's, event's or storyline's line starts, and
 * a line is read and parsed when asked for (the last few are cached). Only the entities' names, types, search keys
 * and article ids are kept in memory. The files stay open until {@link #close}, so a file replaced by a newer
 * analysis does not change what this instance reads.
 */
final class Coverage implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(Coverage.class);
    private static final Pattern WORD_BREAK = Pattern.compile("[^\\p{L}\\p{N}]+");
    private static final int CACHED_LINES = 64;

    /** A derived file and what writes it. */
    enum Kind {
        FACTS(DerivedFiles.FACTS, "facts"),
        ENTITIES(DerivedFiles.ENTITIES, "entities"),
        COMPARISON(DerivedFiles.COMPARISON, "comparison"),
        SUMMARIES(DerivedFiles.SUMMARIES, "summaries");

        final String file;
        final String what;

        Kind(String file, String what) {
            this.file = file;
            this.what = what;
        }

        /** Why it is missing and how to get it. */
        String missing() {
            String how = this == FACTS || this == ENTITIES
                    ? "storyline analyze with --facts fast or full (not none)"
                    : "storyline analyze";
            return "No " + what + " for this collection: the store has no " + DerivedFiles.DIR + "/" + file
                    + " (a store analysed before they were kept with it" + (this == FACTS || this == ENTITIES
                    ? ", or with --facts none" : "") + "). Run " + how
                    + " on the store again, or ingest articles through the server, to produce it.";
        }
    }

    /**
     * A canonical entity as kept in memory.
     *
     * @param keys     its name and variants folded (lower case, accents removed), for prefix search
     * @param articles the articles that mention it, in the file's order
     */
    record Entity(String id, String name, EntityType type, List<String> keys, List<String> articles, int mentions) {}

    /** Where one line is. */
    private record Span(long offset, int length) {}

    private final ObjectMapper json = new ObjectMapper();
    private final Map<Kind, FileChannel> files;
    private final Map<String, Span> facts;
    private final Map<String, Span> comparisons;
    private final Map<String, Span> eventSummaries;
    private final Map<String, Span> storylineSummaries;
    private final Map<String, Span> entityLines;
    private final Map<String, Entity> entities;
    private final List<Entity> entityOrder;
    private final Map<String, JsonNode> cache = new LinkedHashMap<>(CACHED_LINES, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, JsonNode> eldest) {
            return size() > CACHED_LINES;
        }
    };

    private Coverage(Map<Kind, FileChannel> files, Map<String, Span> facts, Map<String, Span> comparisons,
            Map<String, Span> eventSummaries, Map<String, Span> storylineSummaries, Map<String, Span> entityLines,
            Map<String, Entity> entities) {
        this.files = files;
        this.facts = facts;
        this.comparisons = comparisons;
        this.eventSummaries = eventSummaries;
        this.storylineSummaries = storylineSummaries;
        this.entityLines = entityLines;
        this.entities = entities;
        List<Entity> order = new ArrayList<>(entities.values());
        order.sort(Comparator.comparingInt((Entity e) -> -e.articles().size()).thenComparing(Entity::id));
        this.entityOrder = List.copyOf(order);
    }

    /** No derived files at all (a collection without a store). */
    static Coverage none() {
        return new Coverage(new EnumMap<>(Kind.class), Map.of(), Map.of(), Map.of(), Map.of(), Map.of(), Map.of());
    }

    /**
     * Reads the derived files under {@code dir} (missing ones stay missing); article ids are shared with
     * {@code snapshot}'s so that they are not held twice. A file that cannot be read is logged and left out.
     */
    static Coverage load(Path dir, Snapshot snapshot) {
        Map<Kind, FileChannel> files = new EnumMap<>(Kind.class);
        Map<String, Span> facts = new HashMap<>();
        Map<String, Span> comparisons = new HashMap<>();
        Map<String, Span> eventSummaries = new HashMap<>();
        Map<String, Span> storylineSummaries = new HashMap<>();
        Map<String, Span> entityLines = new HashMap<>();
        Map<String, Entity> entities = new HashMap<>();
        Map<String, String> ids = new HashMap<>();
        for (Article a : snapshot.articles()) {
            ids.put(a.id(), a.id());
        }
        ObjectMapper json = new ObjectMapper();
        for (Kind k : Kind.values()) {
            Path p = dir.resolve(k.file);
            if (!Files.isRegularFile(p)) {
                continue;
            }
            FileChannel ch = null;
            try {
                ch = FileChannel.open(p, StandardOpenOption.READ);
                // the channel is read from position 0 by the scan and kept for later reads of the same file
                Map<String, Span> f = new HashMap<>();
                Map<String, Span> fs = new HashMap<>();
                scan(ch, (offset, line) -> {
                    switch (k) {
                        case FACTS -> key(json, line, "id").ifPresent(id -> f.put(id, new Span(offset, line.length)));
                        case COMPARISON -> key(json, line, "event")
                                .ifPresent(id -> f.put(id, new Span(offset, line.length)));
                        case SUMMARIES -> {
                            Optional<String> ev = key(json, line, "event");
                            if (ev.isPresent()) {
                                f.put(ev.get(), new Span(offset, line.length));
                            } else {
                                key(json, line, "storyline").ifPresent(id -> fs.put(id, new Span(offset, line.length)));
                            }
                        }
                        case ENTITIES -> {
                            Entity e = entity(json.readTree(line), ids);
                            if (e != null) {
                                entities.put(e.id(), e);
                                f.put(e.id(), new Span(offset, line.length));
                            }
                        }
                    }
                });
                switch (k) {
                    case FACTS -> facts.putAll(f);
                    case COMPARISON -> comparisons.putAll(f);
                    case SUMMARIES -> {
                        eventSummaries.putAll(f);
                        storylineSummaries.putAll(fs);
                    }
                    case ENTITIES -> entityLines.putAll(f);
                }
                files.put(k, ch);
            } catch (IOException | RuntimeException e) {
                LOG.warn("{} could not be read; serving without it", p, e);
                closeQuietly(ch);
                if (k == Kind.ENTITIES) {
                    entities.clear();
                }
            }
        }
        return new Coverage(files, facts, comparisons, eventSummaries, storylineSummaries, entityLines, entities);
    }

    /** Whether the file of that kind is there. */
    boolean has(Kind k) {
        return files.containsKey(k);
    }

    /** An article's line of facts.jsonl; empty when the file has none for it. */
    Optional<JsonNode> facts(String articleId) {
        return line(Kind.FACTS, facts, articleId);
    }

    /** An event's line of comparison.jsonl. */
    Optional<JsonNode> comparison(String eventId) {
        return line(Kind.COMPARISON, comparisons, eventId);
    }

    /** An event's summary line of summaries.jsonl. */
    Optional<JsonNode> eventSummary(String eventId) {
        return line(Kind.SUMMARIES, eventSummaries, eventId);
    }

    /** A storyline's timeline line of summaries.jsonl. */
    Optional<JsonNode> storylineSummary(String storylineId) {
        return line(Kind.SUMMARIES, storylineSummaries, storylineId);
    }

    Optional<Entity> entity(String id) {
        return Optional.ofNullable(entities.get(id));
    }

    /** An entity's full line of entities.jsonl (variants, roles, …). */
    Optional<JsonNode> entityDetail(String id) {
        return line(Kind.ENTITIES, entityLines, id);
    }

    /**
     * Entities by number of articles (most first), then id; restricted to a type and to those whose name or a
     * variant, or one of their words, starts with {@code prefix} (case and accents ignored) when given.
     */
    List<Entity> entities(EntityType type, String prefix) {
        String p = prefix == null || prefix.isBlank() ? null : fold(prefix.strip());
        if (type == null && p == null) {
            return entityOrder;
        }
        List<Entity> out = new ArrayList<>();
        for (Entity e : entityOrder) {
            if ((type == null || e.type() == type) && (p == null || matches(e, p))) {
                out.add(e);
            }
        }
        return out;
    }

    /** The articles mentioning the entity; empty for an unknown one. */
    Set<String> articlesOf(String entityId) {
        Entity e = entities.get(entityId);
        return e == null ? Set.of() : new HashSet<>(e.articles());
    }

    int entityCount() {
        return entities.size();
    }

    private static boolean matches(Entity e, String prefix) {
        for (String k : e.keys()) {
            if (k.startsWith(prefix)) {
                return true;
            }
            for (String w : WORD_BREAK.split(k)) {
                if (w.startsWith(prefix)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Lower case without accents: "López" → "lopez". */
    static String fold(String s) {
        return Folding.fold(s);
    }

    private Optional<JsonNode> line(Kind k, Map<String, Span> index, String id) {
        FileChannel ch = files.get(k);
        if (ch == null) {
            throw new NotFound(k.missing());
        }
        Span span = index.get(id);
        if (span == null) {
            return Optional.empty();
        }
        String key = k.name() + '\u0000' + id;
        synchronized (cache) {
            JsonNode hit = cache.get(key);
            if (hit != null) {
                return Optional.of(hit);
            }
        }
        try {
            ByteBuffer b = ByteBuffer.allocate(span.length());
            long pos = span.offset();
            while (b.hasRemaining()) {
                int n = ch.read(b, pos + b.position());
                if (n < 0) {
                    throw new IOException("the file ended before the line at " + span.offset());
                }
            }
            JsonNode node = json.readTree(b.array());
            synchronized (cache) {
                cache.put(key, node);
            }
            return Optional.of(node);
        } catch (IOException e) {
            throw new UncheckedIOException("reading " + k.file + " at " + span.offset(), e);
        }
    }

    private static Entity entity(JsonNode n, Map<String, String> ids) {
        String id = n.path("id").asText(null);
        if (id == null) {
            return null;
        }
        EntityType type;
        try {
            type = EntityType.valueOf(n.path("type").asText("MISC"));
        } catch (IllegalArgumentException e) {
            type = EntityType.MISC;
        }
        String name = n.path("name").asText(id);
        List<String> keys = new ArrayList<>();
        keys.add(fold(name));
        for (JsonNode v : n.path("variants")) {
            String f = fold(v.asText());
            if (!keys.contains(f)) {
                keys.add(f);
            }
        }
        List<String> articles = new ArrayList<>();
        for (JsonNode a : n.path("articles")) {
            String aid = a.asText();
            articles.add(ids.getOrDefault(aid, aid));
        }
        return new Entity(id, name, type, List.copyOf(keys), Collections.unmodifiableList(articles),
                n.path("mentions").asInt(articles.size()));
    }

    /** The value of a top-level string field, looked for before the first nested value is parsed in full. */
    private static Optional<String> key(ObjectMapper json, byte[] line, String field) throws IOException {
        try (JsonParser p = json.getFactory().createParser(line)) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                return Optional.empty();
            }
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String name = p.currentName();
                JsonToken t = p.nextToken();
                if (name.equals(field)) {
                    return t == JsonToken.VALUE_STRING ? Optional.of(p.getText()) : Optional.empty();
                }
                p.skipChildren();
            }
            return Optional.empty();
        }
    }

    private interface LineSink {
        void line(long offset, byte[] line) throws IOException;
    }

    /** Calls {@code sink} with every non-blank line and its byte offset. */
    private static void scan(FileChannel ch, LineSink sink) throws IOException {
        InputStream in = new BufferedInputStream(java.nio.channels.Channels.newInputStream(ch.position(0)), 1 << 16);
        ByteArrayOutputStream line = new ByteArrayOutputStream(4096);
        long offset = 0;
        long start = 0;
        int c;
        while ((c = in.read()) >= 0) {
            offset++;
            if (c == '\n') {
                emit(sink, start, line);
                start = offset;
            } else {
                line.write(c);
            }
        }
        emit(sink, start, line);
    }

    private static void emit(LineSink sink, long start, ByteArrayOutputStream line) throws IOException {
        if (line.size() > 0) {
            byte[] b = line.toByteArray();
            line.reset();
            boolean blank = true;
            for (byte x : b) {
                if (x != ' ' && x != '\t' && x != '\r') {
                    blank = false;
                    break;
                }
            }
            if (!blank) {
                sink.line(start, b);
            }
        }
    }

    private static void closeQuietly(FileChannel ch) {
        if (ch != null) {
            try {
                ch.close();
            } catch (IOException e) {
                // nothing to do
            }
        }
    }

    @Override
    public void close() {
        files.values().forEach(Coverage::closeQuietly);
    }
}
