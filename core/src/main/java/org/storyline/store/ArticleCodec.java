package org.storyline.store;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.storyline.model.AlignedPassage;
import org.storyline.model.Article;
import org.storyline.model.BoilerplateReason;
import org.storyline.model.DatePrecision;
import org.storyline.model.DateSource;
import org.storyline.model.Dating;
import org.storyline.model.Derivation;
import org.storyline.model.OffsetMap;
import org.storyline.model.Origin;
import org.storyline.model.Provenance;
import org.storyline.model.ProvenanceLink;
import org.storyline.model.Relation;
import org.storyline.model.RemovedSpan;

/**
 * Article ↔ JSON. The public form (one line of {@code articles.jsonl}) has id, title, authors, source, url, lang,
 * fetched, published (ISO at its precision), date_evidence, text, boilerplate, duplicate_of (the original of its
 * copy group), family (its provenance family, null before the provenance pass), relation ({@code original},
 * {@code copy}, {@code near-copy}, {@code rewrite}, {@code independent}), derived_from (the version it derives
 * from) and similarity (with it: word-shingle Jaccard for near copies, alignment similarity for rewrites); the
 * stored form adds the original text, the offset map, the content hash and the provenance with its evidence (links
 * and aligned passages) so that nothing is lost.
 */
public final class ArticleCodec {
    private final ObjectMapper json;

    public ArticleCodec(ObjectMapper json) {
        this.json = json;
    }

    public ObjectNode toJson(Article a, boolean stored) {
        ObjectNode o = json.createObjectNode();
        o.put("id", a.id());
        o.put("title", a.title());
        ArrayNode authors = o.putArray("authors");
        a.authors().forEach(authors::add);
        o.put("source", a.source());
        o.put("url", a.url());
        o.put("lang", a.lang());
        o.put("fetched", a.fetched() == null ? null : a.fetched().toString());
        Dating d = a.dating() == null ? Dating.undated() : a.dating();
        o.put("published", d.iso());
        ObjectNode ev = o.putObject("date_evidence");
        ev.put("source", d.source().name());
        ev.put("precision", d.precision() == null ? null : d.precision().name());
        ev.put("evidence", d.evidence());
        o.put("text", a.body());
        ArrayNode spans = o.putArray("boilerplate");
        if (a.removed() != null) {
            for (RemovedSpan s : a.removed()) {
                ObjectNode so = spans.addObject();
                so.put("start", s.start());
                so.put("end", s.end());
                so.put("reason", s.reason().name());
                so.put("text", s.text());
            }
        }
        o.put("duplicate_of", a.duplicateOf());
        Derivation dv = a.derivation();
        Provenance pv = a.provenance();
        o.put("family", pv == null ? null : pv.family());
        o.put("relation", a.relation().jsonName());
        o.put("derived_from", pv != null ? pv.derivedFrom() : dv != null ? dv.derivedFrom() : a.duplicateOf());
        if (pv != null) {
            if (pv.relation() == Relation.ORIGINAL || pv.relation() == Relation.INDEPENDENT) {
                o.putNull("similarity");
            } else {
                o.put("similarity", Math.round(pv.similarity() * 10_000) / 10_000.0);
            }
        } else if (dv != null) {
            o.put("similarity", Math.round(dv.similarity() * 10_000) / 10_000.0);
        } else if (a.duplicateOf() != null) {
            o.put("similarity", 1.0);
        } else {
            o.putNull("similarity");
        }
        o.put("origin", a.origin().toString());
        if (stored) {
            o.put("derived", dv != null);
            if (dv != null) {
                o.put("similarity_exact", dv.similarity());
                o.put("derivation_relation", dv.relation().jsonName());
                o.put("derivation_from", dv.derivedFrom());
            }
            if (pv != null) {
                o.set("provenance", provenance(pv));
            }
            o.put("original", a.original());
            o.put("origin_file", a.origin().file());
            o.put("origin_line", a.origin().line());
            o.put("hash", a.contentHash());
            o.put("date", d.date() == null ? null : d.date().toString());
            o.put("cleaned", a.text() != null);
            ArrayNode segs = o.putArray("offsets");
            if (a.offsets() != null) {
                for (int[] seg : a.offsets().segments()) {
                    ArrayNode s = segs.addArray();
                    for (int v : seg) {
                        s.add(v);
                    }
                }
            }
        }
        return o;
    }

    /** Reads the stored form back. */
    public Article fromStored(JsonNode o) {
        List<RemovedSpan> removed = new ArrayList<>();
        for (JsonNode s : o.path("boilerplate")) {
            removed.add(new RemovedSpan(s.path("start").asInt(), s.path("end").asInt(),
                    BoilerplateReason.valueOf(s.path("reason").asText()), s.path("text").asText()));
        }
        JsonNode ev = o.path("date_evidence");
        DateSource source = DateSource.valueOf(ev.path("source").asText("NONE"));
        Dating dating = source == DateSource.NONE
                ? Dating.undated()
                : new Dating(LocalDate.parse(o.path("date").asText()),
                        DatePrecision.valueOf(ev.path("precision").asText()), source, ev.path("evidence").asText());
        List<int[]> segs = new ArrayList<>();
        for (JsonNode s : o.path("offsets")) {
            segs.add(new int[] {s.get(0).asInt(), s.get(1).asInt(), s.get(2).asInt()});
        }
        boolean cleaned = o.path("cleaned").asBoolean(true);
        return new Article(
                o.path("id").asText(),
                text(o, "title"),
                o.path("original").asText(),
                cleaned ? text(o, "text") : null,
                text(o, "source"),
                text(o, "url"),
                text(o, "lang"),
                new Origin(o.path("origin_file").asText(""), o.path("origin_line").asLong()),
                removed,
                segs.isEmpty() ? null : OffsetMap.fromSegments(segs.toArray(new int[0][])),
                dating,
                text(o, "hash"),
                text(o, "duplicate_of"),
                derivation(o),
                authors(o),
                o.hasNonNull("fetched") ? Instant.parse(o.get("fetched").asText()) : null,
                provenance(o.get("provenance")));
    }

    private ObjectNode provenance(Provenance pv) {
        ObjectNode p = json.createObjectNode();
        p.put("family", pv.family());
        p.put("relation", pv.relation().jsonName());
        p.put("derived_from", pv.derivedFrom());
        p.put("similarity", pv.similarity());
        ArrayNode links = p.putArray("links");
        for (ProvenanceLink l : pv.links()) {
            ObjectNode lo = links.addObject();
            lo.put("other", l.other());
            lo.put("verdict", l.verdict().jsonName());
            lo.put("similarity", l.similarity());
            ArrayNode ps = lo.putArray("passages");
            for (AlignedPassage ap : l.passages()) {
                ps.addArray().add(ap.aSentence()).add(ap.bSentence()).add(ap.aStart()).add(ap.aEnd()).add(ap.bStart())
                        .add(ap.bEnd()).add(ap.similarity());
            }
        }
        return p;
    }

    /** The stored provenance; null when absent (stores written before provenance existed). */
    private static Provenance provenance(JsonNode p) {
        if (p == null || p.isNull()) {
            return null;
        }
        List<ProvenanceLink> links = new ArrayList<>();
        for (JsonNode l : p.path("links")) {
            List<AlignedPassage> passages = new ArrayList<>();
            for (JsonNode ap : l.path("passages")) {
                passages.add(new AlignedPassage(ap.get(0).asInt(), ap.get(1).asInt(), ap.get(2).asInt(),
                        ap.get(3).asInt(), ap.get(4).asInt(), ap.get(5).asInt(), ap.get(6).asDouble()));
            }
            links.add(new ProvenanceLink(l.path("other").asText(), Relation.fromJsonName(l.path("verdict").asText()),
                    l.path("similarity").asDouble(), passages));
        }
        return new Provenance(p.path("family").asText(), Relation.fromJsonName(p.path("relation").asText()),
                text(p, "derived_from"), p.path("similarity").asDouble(), links);
    }

    /** The stored derivation; null for originals and for stores written before derivations existed. */
    private static Derivation derivation(JsonNode o) {
        if (!o.path("derived").asBoolean(false)) {
            return null;
        }
        if (o.hasNonNull("derivation_relation")) {
            return new Derivation(Relation.fromJsonName(o.path("derivation_relation").asText()),
                    text(o, "derivation_from"), o.path("similarity_exact").asDouble());
        }
        return new Derivation(Relation.fromJsonName(o.path("relation").asText()), text(o, "derived_from"),
                o.path("similarity_exact").asDouble());
    }

    private static List<String> authors(JsonNode o) {
        List<String> authors = new ArrayList<>();
        for (JsonNode n : o.path("authors")) {
            authors.add(n.asText());
        }
        return authors;
    }

    private static String text(JsonNode o, String field) {
        JsonNode n = o.get(field);
        return n == null || n.isNull() ? null : n.asText();
    }
}
