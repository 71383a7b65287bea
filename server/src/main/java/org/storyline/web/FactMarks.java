package org.storyline.web;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.List;
import java.util.regex.Matcher;
import org.storyline.model.Article;
import org.storyline.model.OffsetMap;

/**
 * An article's facts (a line of {@code facts.jsonl}, offsets into the original text) as marks in the cleaned text
 * the page shows: each offset is mapped through the article's offset map, and a fact that falls (even partly) in
 * removed boilerplate, or that crosses another mark, is left out; one over a paragraph break is written in each
 * paragraph. Marks nest (an entity inside a
 * quote); the text is written as paragraphs like {@link Layout#paragraphs}, everything escaped.
 */
final class FactMarks {
    /** What a mark highlights; {@code css} is its class. */
    enum Kind {
        QUOTE("f-quote"), PERSON("f-per"), ORGANIZATION("f-org"), LOCATION("f-loc"), OTHER("f-misc"),
        DATE("f-date"), QUANTITY("f-quantity");

        final String css;

        Kind(String css) {
            this.css = css;
        }

        static Kind ofEntityType(String type) {
            return switch (type == null ? "" : type) {
                case "PER" -> PERSON;
                case "ORG" -> ORGANIZATION;
                case "LOC" -> LOCATION;
                default -> OTHER;
            };
        }
    }

    /**
     * A mark in the cleaned text.
     *
     * @param title what the mark means (the canonical entity, the normalized value, the speaker)
     * @param href  the entity page for people, organizations and places; null otherwise
     */
    record Mark(int start, int end, Kind kind, String title, String href) {}

    private FactMarks() {}

    /** The marks of {@code facts} in {@code a}'s cleaned text, nested, by start. */
    static List<Mark> of(Article a, JsonNode facts, Coverage coverage) {
        String body = a.body();
        Inverse inv = new Inverse(a.text() == null || a.offsets() == null
                ? OffsetMap.identity(a.original().length()) : a.offsets());
        List<Mark> all = new ArrayList<>();
        for (JsonNode q : facts.path("quotes")) {
            String speaker = q.path("speaker").asText(null);
            add(all, inv, body, q, Kind.QUOTE, speaker == null ? "quote, speaker unknown" : "quote by " + speaker,
                    null);
        }
        for (JsonNode e : facts.path("entities")) {
            Kind k = Kind.ofEntityType(e.path("type").asText());
            String id = e.path("entity").asText(null);
            Coverage.Entity ent = id == null || !coverage.has(Coverage.Kind.ENTITIES) ? null
                    : coverage.entity(id).orElse(null);
            String title = (ent == null ? e.path("text").asText() : ent.name()) + " (" + e.path("type").asText() + ")";
            String href = ent != null && k != Kind.OTHER ? Links.entity(ent.id()) : null;
            add(all, inv, body, e, k, title, href);
        }
        for (JsonNode t : facts.path("timexes")) {
            add(all, inv, body, t, Kind.DATE, t.path("type").asText() + " " + t.path("value").asText(""), null);
        }
        for (JsonNode q : facts.path("quantities")) {
            add(all, inv, body, q, Kind.QUANTITY, quantity(q), null);
        }
        all.sort(Comparator.comparingInt(Mark::start).thenComparing(Comparator.comparingInt(Mark::end).reversed())
                .thenComparing(Mark::kind));
        List<Mark> nested = new ArrayList<>();
        Deque<Mark> open = new ArrayDeque<>();
        for (Mark m : all) {
            while (!open.isEmpty() && open.peek().end() <= m.start()) {
                open.pop();
            }
            if (!open.isEmpty() && m.end() > open.peek().end()) {
                continue; // crosses the enclosing mark
            }
            nested.add(m);
            open.push(m);
        }
        return nested;
    }

    /** "value unit (approx)" of a quantity. */
    static String quantity(JsonNode q) {
        StringBuilder b = new StringBuilder();
        if (q.hasNonNull("approx")) {
            b.append(q.get("approx").asText()).append(' ');
        }
        b.append(q.path("value").asText(""));
        if (q.hasNonNull("unit")) {
            b.append(' ').append(q.get("unit").asText());
        }
        return b.toString();
    }

    private static void add(List<Mark> out, Inverse inv, String body, JsonNode n, Kind kind, String title,
            String href) {
        int start = n.path("start").asInt(-1);
        int end = n.path("end").asInt(-1);
        if (start < 0 || end <= start) {
            return;
        }
        int cs = inv.toClean(start);
        int ce = inv.toClean(end - 1);
        if (cs < 0 || ce < cs || ce >= body.length() || ce + 1 - cs > end - start) {
            return; // in removed boilerplate, or across it
        }
        out.add(new Mark(cs, ce + 1, kind, title, href));
    }

    /**
     * Writes {@code text} as paragraphs with the marks; a mark that crosses a paragraph break (a quote over two
     * paragraphs) is written in each paragraph it covers.
     */
    static void paragraphs(Html h, String text, List<Mark> marks) {
        Matcher m = Layout.PARAGRAPH_BREAK.matcher(text);
        int from = 0;
        int next = 0;
        List<Mark> open = new ArrayList<>(); // marks that began in an earlier paragraph and go on
        while (true) {
            boolean found = m.find();
            int to = found ? m.start() : text.length();
            int s = from;
            int e = to;
            while (s < e && Character.isWhitespace(text.charAt(s))) {
                s++;
            }
            while (e > s && Character.isWhitespace(text.charAt(e - 1))) {
                e--;
            }
            List<Mark> inside = new ArrayList<>();
            List<Mark> goOn = new ArrayList<>();
            for (Mark o : open) {
                if (o.end() > s && e > s) {
                    inside.add(clip(o, s, Math.min(o.end(), e)));
                }
                if (o.end() > e) {
                    goOn.add(o);
                }
            }
            while (next < marks.size() && marks.get(next).start() < s) {
                next++;
            }
            int i = next;
            while (i < marks.size() && marks.get(i).start() < e) {
                Mark mk = marks.get(i);
                inside.add(mk.end() <= e ? mk : clip(mk, mk.start(), e));
                if (mk.end() > e) {
                    goOn.add(mk);
                }
                i++;
            }
            if (e > s) {
                h.open("p");
                write(h, text, s, e, inside, 0);
                h.close("p");
            }
            open = goOn;
            if (!found) {
                return;
            }
            from = m.end();
        }
    }

    private static Mark clip(Mark m, int start, int end) {
        return new Mark(start, end, m.kind(), m.title(), m.href());
    }

    /** Writes text[from, to) with the marks from index {@code i} that start before {@code to}; the next index. */
    private static int write(Html h, String text, int from, int to, List<Mark> marks, int i) {
        int pos = from;
        while (i < marks.size() && marks.get(i).start() < to) {
            Mark mk = marks.get(i);
            if (mk.end() > to || mk.start() < pos) {
                i++; // crosses the enclosing one; cannot happen for nested marks
                continue;
            }
            lines(h, text, pos, mk.start());
            h.open("mark", "class", mk.kind().css, "title", mk.title());
            if (mk.href() != null) {
                h.open("a", "href", mk.href());
            }
            i = write(h, text, mk.start(), mk.end(), marks, i + 1);
            if (mk.href() != null) {
                h.close("a");
            }
            h.close("mark");
            pos = mk.end();
        }
        lines(h, text, pos, to);
        return i;
    }

    /** Escaped text with line breaks as {@code <br>}. */
    private static void lines(Html h, String text, int from, int to) {
        String[] parts = Layout.LINE_BREAK.split(text.substring(from, to), -1);
        for (int k = 0; k < parts.length; k++) {
            if (k > 0) {
                h.raw("<br>");
            }
            h.text(parts[k]);
        }
    }

    /** Original offset → cleaned offset, through the segments of an offset map; -1 for removed characters. */
    private static final class Inverse {
        private final int[][] segments;

        Inverse(OffsetMap map) {
            int[][] s = map.segments();
            java.util.Arrays.sort(s, Comparator.comparingInt((int[] x) -> x[1]));
            this.segments = s;
        }

        int toClean(int original) {
            int lo = 0;
            int hi = segments.length - 1;
            while (lo <= hi) {
                int mid = (lo + hi) >>> 1;
                int[] seg = segments[mid];
                if (original < seg[1]) {
                    hi = mid - 1;
                } else if (original >= seg[1] + seg[2]) {
                    lo = mid + 1;
                } else {
                    return seg[0] + original - seg[1];
                }
            }
            return -1;
        }
    }
}
