package org.storyline.web;

import static org.storyline.web.Layout.*;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.storyline.model.Article;
import org.storyline.model.Event;
import org.storyline.model.Snapshot;

/**
 * The parts of the event and storyline pages drawn from the derived files: the cited summary, the comparison as a
 * table by source (agreements, contradictions side by side, facts only one source has, omissions), the framing of
 * each source side by side, the coverage over time by source (inline SVG), and a storyline's dated timeline.
 * Everything is escaped through {@link Html}.
 */
final class CoverageView {
    /** Rows of each kind shown in the comparison table; the API has them all. */
    static final int MAX_ROWS = 40;
    /** Sources drawn as lanes of the coverage chart; the rest are one lane. */
    static final int MAX_LANES = 12;
    /** Articles shown side by side in the framing table. */
    static final int MAX_FRAMING = 12;

    private CoverageView() {}

    /** The event's cited summary; false when there is none to show (the caller shows the lead summary). */
    static boolean summary(Html h, View v, Event e) {
        if (!v.coverage().has(Coverage.Kind.SUMMARIES)) {
            return false;
        }
        Optional<JsonNode> line = v.coverage().eventSummary(e.id());
        if (line.isEmpty() || line.get().path("sentences").isEmpty()) {
            return false;
        }
        h.el("h2", "Summary");
        sentences(h, v.snapshot(), line.get().path("sentences"), "summary-sentences", false);
        return true;
    }

    /** A storyline's dated timeline, one line per event. */
    static void storylineSummary(Html h, View v, String storylineId) {
        if (!v.coverage().has(Coverage.Kind.SUMMARIES)) {
            h.el("p", Coverage.Kind.SUMMARIES.missing(), "class", "missing");
            return;
        }
        Optional<JsonNode> line = v.coverage().storylineSummary(storylineId);
        if (line.isEmpty() || line.get().path("sentences").isEmpty()) {
            return;
        }
        h.el("h2", "In short");
        sentences(h, v.snapshot(), line.get().path("sentences"), "timeline-sentences", true);
    }

    private static void sentences(Html h, Snapshot s, JsonNode sentences, String css, boolean dated) {
        h.open("ol", "class", css);
        for (JsonNode x : sentences) {
            h.open("li");
            if (dated && x.hasNonNull("date")) {
                h.el("time", x.get("date").asText(), "datetime", x.get("date").asText()).text(" ");
            }
            h.text(x.path("text").asText());
            String aid = x.path("article").asText(null);
            if (aid != null) {
                h.text(" ");
                cite(h, s, aid);
            }
            h.close("li");
        }
        h.close("ol");
    }

    /** "(source)" linked to the article. */
    private static void cite(Html h, Snapshot s, String articleId) {
        Optional<Article> a = s.article(articleId);
        String label = a.map(x -> x.source() == null || x.source().isBlank() ? x.id() : x.source()).orElse(articleId);
        h.open("span", "class", "cite").text("(").link(Links.article(articleId), label).text(")").close("span");
    }

    /** Articles per day per source, as lanes of dots on a shared time axis. */
    static void coverageChart(Html h, Snapshot s, Event e) {
        Map<String, Map<LocalDate, Integer>> bySource = new TreeMap<>();
        LocalDate first = null;
        LocalDate last = null;
        int dated = 0;
        for (String id : e.articleIds()) {
            Optional<Article> a = s.article(id);
            if (a.isEmpty() || !a.get().isDated()) {
                continue;
            }
            LocalDate d = a.get().dating().date();
            String src = a.get().source() == null || a.get().source().isBlank() ? "unknown source" : a.get().source();
            bySource.computeIfAbsent(src, k -> new TreeMap<>()).merge(d, 1, Integer::sum);
            first = first == null || d.isBefore(first) ? d : first;
            last = last == null || d.isAfter(last) ? d : last;
            dated++;
        }
        if (dated < 2) {
            return;
        }
        List<Map.Entry<String, Map<LocalDate, Integer>>> lanes = new ArrayList<>(bySource.entrySet());
        lanes.sort((x, y) -> Integer.compare(total(y.getValue()), total(x.getValue())));
        if (lanes.size() > MAX_LANES) {
            Map<LocalDate, Integer> rest = new TreeMap<>();
            lanes.subList(MAX_LANES - 1, lanes.size()).forEach(en -> en.getValue().forEach((d, n) ->
                    rest.merge(d, n, Integer::sum)));
            int others = lanes.size() - MAX_LANES + 1;
            lanes = new ArrayList<>(lanes.subList(0, MAX_LANES - 1));
            lanes.add(Map.entry(others + " other sources", rest));
        }
        int max = lanes.stream().flatMap(en -> en.getValue().values().stream()).mapToInt(Integer::intValue).max()
                .orElse(1);
        long span = Math.max(1, last.toEpochDay() - first.toEpochDay());
        int laneHeight = 28;
        int height = lanes.size() * laneHeight + 10;
        h.open("h2").text("Coverage over time by source").close("h2");
        h.open("figure", "class", "chart coverage");
        h.open("svg", "viewBox", "0 0 1000 " + height, "role", "img", "aria-label",
                "Articles per day per source, " + first + " to " + last, "xmlns", "http://www.w3.org/2000/svg");
        for (int i = 0; i < lanes.size(); i++) {
            int y = 5 + i * laneHeight + laneHeight / 2;
            String src = lanes.get(i).getKey();
            h.open("line", "x1", "200", "y1", Integer.toString(y), "x2", "990", "y2", Integer.toString(y), "class",
                    "lane").close("line");
            h.open("text", "x", "0", "y", Integer.toString(y + 5), "class", "label").text(shorten(src, 26))
                    .close("text");
            for (Map.Entry<LocalDate, Integer> d : lanes.get(i).getValue().entrySet()) {
                long x = 210 + (d.getKey().toEpochDay() - first.toEpochDay()) * 770 / span;
                int r = 3 + 9 * d.getValue() / max;
                h.open("circle", "cx", Long.toString(x), "cy", Integer.toString(y), "r", Integer.toString(r),
                        "class", "dot");
                h.el("title", src + ", " + d.getKey() + ": " + count(d.getValue(), "article", "articles"));
                h.close("circle");
            }
        }
        h.close("svg");
        h.open("figcaption").el("time", first.toString(), "datetime", first.toString()).text(" … ")
                .el("time", last.toString(), "datetime", last.toString()).close("figcaption");
        h.close("figure");
    }

    private static int total(Map<LocalDate, Integer> m) {
        return m.values().stream().mapToInt(Integer::intValue).sum();
    }

    private static String shorten(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max - 1) + "…";
    }

    /**
     * Opens a section headed {@code title} (heading id {@code css + "-title"}); when the store lacks {@code needed},
     * says so, closes it and returns false.
     */
    static boolean section(Html h, View v, String css, String title, Coverage.Kind needed) {
        h.open("section", "class", css, "aria-labelledby", css + "-title");
        h.el("h2", title, "id", css + "-title");
        if (!v.coverage().has(needed)) {
            h.el("p", needed.missing(), "class", "missing");
            h.close("section");
            return false;
        }
        return true;
    }

    /** The comparison of the event's sources as a table (one column per family), then the framing side by side. */
    static void comparison(Html h, View v, Event e) {
        if (!section(h, v, "comparison", "How the sources compare", Coverage.Kind.COMPARISON)) {
            return;
        }
        Optional<JsonNode> line = v.coverage().comparison(e.id());
        if (line.isEmpty()) {
            h.el("p", "This event has no comparison (it changed after the last analysis).", "class", "missing");
            h.close("section");
            return;
        }
        JsonNode c = line.get();
        Snapshot s = v.snapshot();
        List<String> families = families(c);
        h.el("p", count(c.path("families").asInt(families.size()), "independent source", "independent sources")
                + " (copies and rewrites of one story count once): "
                + count(c.path("agreements").size(), "agreement", "agreements") + ", "
                + count(c.path("contradictions").size(), "contradiction", "contradictions") + ", "
                + count(c.path("exclusive").size(), "fact", "facts") + " only one source reports.", "class", "meta");
        if (families.size() >= 2 || !c.path("exclusive").isEmpty()) {
            table(h, s, c, families);
        }
        omissions(h, s, c);
        framing(h, s, c.path("framing"));
        h.open("p", "class", "meta").text("All of it as JSON: ")
                .link("/api/events/" + Links.encodePath(e.id()) + "/comparison", "the comparison").close("p");
        h.close("section");
    }

    /** Every family named in the comparison, in a stable order. */
    private static List<String> families(JsonNode c) {
        Set<String> f = new TreeSet<>();
        for (JsonNode a : c.path("agreements")) {
            a.path("families").forEach(x -> f.add(x.asText()));
        }
        for (JsonNode x : c.path("contradictions")) {
            for (JsonNode side : x.path("sides")) {
                side.path("families").forEach(y -> f.add(y.asText()));
            }
        }
        c.path("exclusive").forEach(x -> f.add(x.path("family").asText()));
        c.path("omissions").forEach(x -> f.add(x.path("family").asText()));
        c.path("framing").forEach(x -> f.add(x.path("family").asText()));
        f.remove("");
        return new ArrayList<>(f);
    }

    /** A family's column heading: its sources (or its id), and its articles. */
    private static String familyLabel(Snapshot s, String family) {
        Set<String> sources = new LinkedHashSet<>();
        String fid = family.startsWith("fam-") ? family.substring(4) : family;
        s.article(fid).map(Article::source).ifPresent(sources::add);
        return sources.isEmpty() ? fid : String.join(", ", sources);
    }

    private static void table(Html h, Snapshot s, JsonNode c, List<String> families) {
        h.open("div", "class", "table-scroll", "tabindex", "0", "role", "region", "aria-label",
                "Comparison table by source");
        h.open("table", "class", "comparison-table");
        h.open("thead").open("tr").el("th", "Fact", "scope", "col");
        for (String f : families) {
            h.open("th", "scope", "col", "title", f).text(familyLabel(s, f)).close("th");
        }
        h.close("tr").close("thead");
        h.open("tbody");
        int n = 0;
        for (JsonNode a : c.path("agreements")) {
            if (n++ == MAX_ROWS) {
                break;
            }
            Set<String> reporting = new TreeSet<>();
            a.path("families").forEach(x -> reporting.add(x.asText()));
            h.open("tr", "class", "agreement");
            h.open("th", "scope", "row").el("span", "Agreement · " + a.path("kind").asText(), "class", "row-kind")
                    .raw("<br>").text(a.path("statement").asText());
            if (a.hasNonNull("note")) {
                h.raw("<br>").el("small", a.get("note").asText());
            }
            h.close("th");
            for (String f : families) {
                if (reporting.contains(f)) {
                    h.open("td", "class", "reports");
                    sentenceOf(h, s, a.path("sentences"), f);
                    h.close("td");
                } else {
                    h.el("td", "not reported", "class", "omitted");
                }
            }
            h.close("tr");
        }
        n = 0;
        for (JsonNode x : c.path("contradictions")) {
            if (n++ == MAX_ROWS) {
                break;
            }
            Map<String, JsonNode> sideOf = new LinkedHashMap<>();
            for (JsonNode side : x.path("sides")) {
                side.path("families").forEach(f -> sideOf.putIfAbsent(f.asText(), side));
            }
            h.open("tr", "class", "contradiction");
            h.open("th", "scope", "row").el("span", "Contradiction · " + kindName(x.path("kind").asText()),
                    "class", "row-kind").raw("<br>").text(x.path("about").asText()).close("th");
            for (String f : families) {
                JsonNode side = sideOf.get(f);
                if (side == null) {
                    h.el("td", "", "class", "none");
                } else {
                    h.open("td", "class", "side").el("strong", side.path("value").asText()).raw("<br>");
                    sentenceOf(h, s, side.path("sentences"), f);
                    h.close("td");
                }
            }
            h.close("tr");
        }
        n = 0;
        for (JsonNode x : c.path("exclusive")) {
            if (n++ == MAX_ROWS) {
                break;
            }
            String fam = x.path("family").asText();
            h.open("tr", "class", "exclusive");
            h.open("th", "scope", "row").el("span", "Only one source · " + x.path("kind").asText(), "class",
                    "row-kind").raw("<br>").text(x.path("statement").asText()).close("th");
            for (String f : families) {
                if (f.equals(fam)) {
                    h.open("td", "class", "reports");
                    sentenceOf(h, s, x.path("sentences"), f);
                    h.close("td");
                } else {
                    h.el("td", "", "class", "none");
                }
            }
            h.close("tr");
        }
        h.close("tbody").close("table").close("div");
        int hidden = Math.max(0, c.path("agreements").size() - MAX_ROWS)
                + Math.max(0, c.path("contradictions").size() - MAX_ROWS)
                + Math.max(0, c.path("exclusive").size() - MAX_ROWS);
        if (hidden > 0) {
            h.el("p", "… and " + count(hidden, "more row", "more rows") + " in the JSON below", "class", "more");
        }
    }

    private static String kindName(String kind) {
        return kind.replace('_', ' ');
    }

    /** The sentence of {@code family} among {@code sentences} (its first), cited. */
    private static void sentenceOf(Html h, Snapshot s, JsonNode sentences, String family) {
        for (JsonNode x : sentences) {
            if (family.equals(x.path("family").asText())) {
                h.el("q", x.path("text").asText()).text(" ");
                cite(h, s, x.path("article").asText());
                return;
            }
        }
        h.text("reported");
    }

    private static void omissions(Html h, Snapshot s, JsonNode c) {
        if (c.path("omissions").isEmpty()) {
            return;
        }
        h.el("h3", "What each source leaves out");
        h.open("ul", "class", "omissions");
        for (JsonNode o : c.path("omissions")) {
            h.open("li").el("strong", familyLabel(s, o.path("family").asText())).text(" does not report: ");
            List<String> missing = new ArrayList<>();
            o.path("missing").forEach(m -> missing.add(m.path("statement").asText()));
            h.text(String.join("; ", missing)).close("li");
        }
        h.close("ul");
    }

    private static void framing(Html h, Snapshot s, JsonNode framing) {
        if (framing.size() < 2) {
            return;
        }
        List<JsonNode> cols = new ArrayList<>();
        framing.forEach(cols::add);
        cols = cols.subList(0, Math.min(cols.size(), MAX_FRAMING));
        Set<String> referents = new TreeSet<>();
        cols.forEach(f -> f.path("terms").fieldNames().forEachRemaining(referents::add));
        h.el("h3", "Framing side by side");
        h.open("div", "class", "table-scroll", "tabindex", "0", "role", "region", "aria-label",
                "Framing by source");
        h.open("table", "class", "framing-table");
        h.open("thead").open("tr").el("th", "", "scope", "col");
        for (JsonNode f : cols) {
            String aid = f.path("article").asText();
            String src = f.hasNonNull("source") ? f.get("source").asText() : aid;
            h.open("th", "scope", "col").link(Links.article(aid), src).close("th");
        }
        h.close("tr").close("thead").open("tbody");
        for (String ref : referents) {
            h.open("tr").el("th", "Words for " + ref, "scope", "row");
            for (JsonNode f : cols) {
                List<String> words = new ArrayList<>();
                f.path("terms").path(ref).fields().forEachRemaining(en -> words.add(en.getKey()
                        + (en.getValue().asInt() > 1 ? " ×" + en.getValue().asInt() : "")));
                h.el("td", String.join(", ", words));
            }
            h.close("tr");
        }
        h.open("tr").el("th", "Quotes", "scope", "row");
        for (JsonNode f : cols) {
            List<String> quoted = Api.strings(f.path("quoted"));
            int unnamed = f.path("unnamed_quotes").asInt();
            h.el("td", String.join(", ", quoted) + (unnamed > 0 ? (quoted.isEmpty() ? "" : "; ")
                    + unnamed + " unattributed" : ""));
        }
        h.close("tr");
        h.open("tr").el("th", "Tone", "scope", "row");
        for (JsonNode f : cols) {
            double tone = f.path("tone").asDouble();
            h.el("td", String.format(Locale.ROOT, "%+.2f", tone) + (tone > 0.1 ? " positive" : tone < -0.1
                    ? " negative" : " neutral"));
        }
        h.close("tr");
        h.close("tbody").close("table").close("div");
    }
}
