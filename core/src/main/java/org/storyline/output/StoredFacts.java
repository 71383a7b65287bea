package org.storyline.output;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.storyline.extract.ArticleFacts;
import org.storyline.extract.EntityMention;
import org.storyline.extract.EntityType;
import org.storyline.extract.FactMode;
import org.storyline.extract.Quantity;
import org.storyline.extract.Quote;
import org.storyline.extract.Timex;
import org.storyline.extract.TimexType;
import org.storyline.model.Article;

/**
 * Reads a {@code facts.jsonl} written by {@link FactsWriter} back into {@link ArticleFacts}, so that an ingest
 * into a store extracts the facts of its new articles only (and of any whose text no longer holds its spans).
 * Entity ids are kept as read (resolution assigns them again); a quote's referent is the mention of its speaker's
 * entity at the speaker's span, else the last one before it.
 */
public final class StoredFacts {
    private static final ObjectMapper JSON = new ObjectMapper();

    private StoredFacts() {}

    /** The facts of each article id, in file order; a line that cannot be read is an error naming it. */
    public static Map<String, ArticleFacts> read(Path file) throws IOException {
        Map<String, ArticleFacts> out = new LinkedHashMap<>();
        try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            int n = 0;
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                n++;
                if (line.isBlank()) {
                    continue;
                }
                try {
                    ArticleFacts f = facts(JSON.readTree(line));
                    out.put(f.id(), f);
                } catch (IOException | RuntimeException e) {
                    throw new IOException(file + " line " + n + ": not a facts line: " + e.getMessage(), e);
                }
            }
        }
        return out;
    }

    /** The mode the facts were asked for in: FULL when any article was done in (or degraded from) FULL. */
    public static Optional<FactMode> mode(Collection<ArticleFacts> facts) {
        if (facts.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(facts.stream().anyMatch(f -> f.mode() == FactMode.FULL || f.degraded())
                ? FactMode.FULL : FactMode.FAST);
    }

    /** Whether {@code f} still fits {@code article}: every span holds its text in the article's original text. */
    public static boolean fits(ArticleFacts f, Article article) {
        String text = article.original();
        boolean all = f.id().equals(article.id());
        for (EntityMention m : f.entities()) {
            all &= holds(text, m.start(), m.end(), m.text());
        }
        for (Timex t : f.timexes()) {
            all &= holds(text, t.start(), t.end(), t.text());
        }
        for (Quantity q : f.quantities()) {
            all &= holds(text, q.start(), q.end(), q.text());
        }
        for (Quote q : f.quotes()) {
            all &= holds(text, q.start(), q.end(), q.text());
        }
        return all;
    }

    private static boolean holds(String text, int start, int end, String expected) {
        return start >= 0 && start <= end && end <= text.length() && text.startsWith(expected, start)
                && end - start == expected.length();
    }

    private static ArticleFacts facts(JsonNode o) {
        List<EntityMention> entities = new ArrayList<>();
        for (JsonNode e : o.withArray("entities")) {
            entities.add(new EntityMention(e.get("start").asInt(), e.get("end").asInt(), e.get("text").asText(),
                    EntityType.valueOf(e.get("type").asText()), e.path("entity").asText(null)));
        }
        List<Timex> timexes = new ArrayList<>();
        for (JsonNode t : o.withArray("timexes")) {
            timexes.add(new Timex(t.get("start").asInt(), t.get("end").asInt(), t.get("text").asText(),
                    TimexType.valueOf(t.get("type").asText()), t.path("value").asText(null)));
        }
        List<Quantity> quantities = new ArrayList<>();
        for (JsonNode q : o.withArray("quantities")) {
            quantities.add(new Quantity(q.get("start").asInt(), q.get("end").asInt(), q.get("text").asText(),
                    q.get("value").asDouble(), q.path("unit").asText(null), q.path("approx").asText(null)));
        }
        List<Quote> quotes = new ArrayList<>();
        for (JsonNode q : o.withArray("quotes")) {
            String speaker = q.path("speaker").asText(null);
            int ss = speaker == null ? -1 : q.get("speaker_start").asInt();
            int se = speaker == null ? -1 : q.get("speaker_end").asInt();
            String entity = q.path("entity").asText(null);
            quotes.add(new Quote(q.get("start").asInt(), q.get("end").asInt(), q.get("text").asText(),
                    q.get("direct").asBoolean(), speaker, ss, se, referent(entities, entity, ss), entity));
        }
        return new ArticleFacts(o.get("id").asText(), FactMode.valueOf(o.get("mode").asText().toUpperCase(Locale.ROOT)),
                o.path("degraded").asBoolean(false), entities, timexes, quantities, quotes);
    }

    private static int referent(List<EntityMention> entities, String entity, int speakerStart) {
        if (entity == null) {
            return -1;
        }
        int best = -1;
        for (EntityMention m : entities) {
            if (!entity.equals(m.entity())) {
                continue;
            }
            if (m.start() == speakerStart) {
                return m.start();
            }
            if (best < 0 || m.start() < speakerStart) {
                best = m.start();
            }
        }
        return best;
    }
}
