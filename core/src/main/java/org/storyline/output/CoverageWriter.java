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
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.storyline.compare.Agreement;
import org.storyline.compare.Comparison;
import org.storyline.compare.Contradiction;
import org.storyline.compare.EventComparer;
import org.storyline.compare.EventMaterial;
import org.storyline.compare.Evidence;
import org.storyline.compare.Exclusive;
import org.storyline.compare.FactSource;
import org.storyline.compare.Families;
import org.storyline.compare.Omission;
import org.storyline.compare.SourceFraming;
import org.storyline.model.Article;
import org.storyline.model.Event;
import org.storyline.model.Snapshot;
import org.storyline.model.Storyline;
import org.storyline.summarize.EventSummarizer;
import org.storyline.summarize.StorylineTimeline;
import org.storyline.summarize.SummaryLength;
import org.storyline.summarize.SummarySentence;
import org.storyline.text.Terms;

/**
 * Writes {@code comparison.jsonl} (one line per event: agreements, contradictions, exclusive facts, omissions,
 * framing) and {@code summaries.jsonl} (one line per event, then one per storyline: cited summary sentences), in
 * the snapshot's event and storyline order. Each file is written to a temporary name and moved into place.
 */
public final class CoverageWriter {
    public static final List<String> FILES = List.of("comparison.jsonl", "summaries.jsonl");

    private final ObjectMapper json = new ObjectMapper();
    private final Families families;
    private final FactSource facts;
    private final EventComparer comparer;
    private final EventSummarizer summarizer;
    private final SummaryLength length;

    public CoverageWriter(Families families, FactSource facts, EventComparer comparer, EventSummarizer summarizer,
            SummaryLength length) {
        this.families = families;
        this.facts = facts;
        this.comparer = comparer;
        this.summarizer = summarizer;
        this.length = length;
    }

    /** Copies and rewrites as families, the given facts, the default comparer, summarizer and length. */
    public static CoverageWriter defaults(Terms terms, FactSource facts) {
        return new CoverageWriter(Families.withRewrites(Families.byDuplicateOf(), terms), facts,
                EventComparer.defaults(), EventSummarizer.defaults(), SummaryLength.defaults());
    }

    public void write(Snapshot snapshot, Path dir) throws IOException {
        Files.createDirectories(dir);
        Map<String, List<SummarySentence>> summaries = new LinkedHashMap<>();
        Map<String, Event> events = new HashMap<>();
        Path comparisonTmp = dir.resolve("comparison.jsonl.tmp");
        try (Terms terms = new Terms();
                BufferedWriter w = Files.newBufferedWriter(comparisonTmp, StandardCharsets.UTF_8)) {
            for (Event e : snapshot.events()) {
                List<Article> members = new ArrayList<>();
                for (String id : e.articleIds()) {
                    snapshot.article(id).ifPresent(members::add);
                }
                if (members.isEmpty()) {
                    continue;
                }
                EventMaterial m = EventMaterial.of(members, families, facts, terms, comparer.limits());
                w.write(json.writeValueAsString(comparison(comparer.compare(e.id(), m))));
                w.write('\n');
                summaries.put(e.id(), summarizer.summarize(m, length));
                events.put(e.id(), e);
            }
        }
        Files.move(comparisonTmp, dir.resolve("comparison.jsonl"), StandardCopyOption.REPLACE_EXISTING,
                StandardCopyOption.ATOMIC_MOVE);
        Path summaryTmp = dir.resolve("summaries.jsonl.tmp");
        try (BufferedWriter w = Files.newBufferedWriter(summaryTmp, StandardCharsets.UTF_8)) {
            for (Map.Entry<String, List<SummarySentence>> en : summaries.entrySet()) {
                ObjectNode o = json.createObjectNode();
                o.put("event", en.getKey());
                sentences(o.putArray("sentences"), en.getValue());
                w.write(json.writeValueAsString(o));
                w.write('\n');
            }
            for (Storyline s : snapshot.storylines()) {
                ObjectNode o = json.createObjectNode();
                o.put("storyline", s.id());
                sentences(o.putArray("sentences"), StorylineTimeline.of(s, events, summaries));
                w.write(json.writeValueAsString(o));
                w.write('\n');
            }
        }
        Files.move(summaryTmp, dir.resolve("summaries.jsonl"), StandardCopyOption.REPLACE_EXISTING,
                StandardCopyOption.ATOMIC_MOVE);
    }

    private static void sentences(ArrayNode a, List<SummarySentence> sentences) {
        for (SummarySentence s : sentences) {
            ObjectNode o = a.addObject();
            o.put("text", s.text());
            o.put("article", s.article());
            o.put("start", s.start());
            o.put("end", s.end());
            if (s.date() != null) {
                o.put("date", s.date());
            }
        }
    }

    /** The JSON line of one comparison. */
    public ObjectNode comparison(Comparison c) {
        ObjectNode o = json.createObjectNode();
        o.put("event", c.event());
        o.put("families", c.families());
        ArrayNode agreements = o.putArray("agreements");
        for (Agreement a : c.agreements()) {
            ObjectNode n = agreements.addObject();
            n.put("kind", a.kind().jsonName());
            n.put("statement", a.statement());
            strings(n.putArray("families"), a.families());
            strings(n.putArray("articles"), a.articles());
            evidence(n.putArray("sentences"), a.evidence());
            if (a.note() != null) {
                n.put("note", a.note());
            }
        }
        ArrayNode contradictions = o.putArray("contradictions");
        for (Contradiction x : c.contradictions()) {
            ObjectNode n = contradictions.addObject();
            n.put("kind", x.kind().jsonName());
            n.put("about", x.about());
            strings(n.putArray("articles"), x.articles());
            ArrayNode sides = n.putArray("sides");
            for (Contradiction.Side s : x.sides()) {
                ObjectNode sn = sides.addObject();
                sn.put("value", s.value());
                strings(sn.putArray("families"), s.families());
                strings(sn.putArray("articles"), s.articles());
                evidence(sn.putArray("sentences"), s.evidence());
            }
        }
        ArrayNode exclusive = o.putArray("exclusive");
        for (Exclusive x : c.exclusive()) {
            ObjectNode n = exclusive.addObject();
            n.put("kind", x.kind().jsonName());
            n.put("statement", x.statement());
            n.put("family", x.family());
            strings(n.putArray("articles"), x.articles());
            evidence(n.putArray("sentences"), List.of(x.evidence()));
        }
        ArrayNode omissions = o.putArray("omissions");
        for (Omission x : c.omissions()) {
            ObjectNode n = omissions.addObject();
            n.put("family", x.family());
            strings(n.putArray("articles"), x.articles());
            strings(n.putArray("sources"), x.sources());
            ArrayNode missing = n.putArray("missing");
            for (int i = 0; i < x.agreements().size(); i++) {
                ObjectNode mn = missing.addObject();
                mn.put("agreement", x.agreements().get(i));
                mn.put("statement", x.statements().get(i));
            }
        }
        ArrayNode framing = o.putArray("framing");
        for (SourceFraming f : c.framing()) {
            ObjectNode n = framing.addObject();
            n.put("article", f.article());
            n.put("source", f.source());
            n.put("family", f.family());
            ObjectNode terms = n.putObject("terms");
            new java.util.TreeMap<>(f.terms()).forEach((ref, counts) -> {
                ObjectNode r = terms.putObject(ref);
                new java.util.TreeMap<>(counts).forEach(r::put);
            });
            strings(n.putArray("quoted"), f.quoted());
            n.put("unnamed_quotes", f.unnamedQuotes());
            n.put("tone", Math.round(f.tone() * 1000) / 1000.0);
            n.put("positive", f.positive());
            n.put("negative", f.negative());
        }
        return o;
    }

    private static void strings(ArrayNode a, List<String> values) {
        values.forEach(a::add);
    }

    private static void evidence(ArrayNode a, List<Evidence> evidence) {
        for (Evidence e : evidence) {
            ObjectNode n = a.addObject();
            n.put("article", e.article());
            n.put("family", e.family());
            n.put("text", e.sentence());
            n.put("start", e.start());
            n.put("end", e.end());
            if (e.mention() != null) {
                n.put("mention", e.mention());
            }
        }
    }
}
