package org.storyline.web;

import static org.storyline.web.Layout.*;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.LinkedHashMap;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.storyline.index.SearchFilter;
import org.storyline.index.SearchHit;
import org.storyline.index.SearchMode;
import org.storyline.index.SearchRequest;
import org.storyline.index.SearchResults;
import org.storyline.index.Snippet;
import org.storyline.model.Article;
import org.storyline.model.Dating;
import org.storyline.model.Event;
import org.storyline.model.Relation;
import org.storyline.model.RemovedSpan;
import org.storyline.model.Snapshot;
import org.storyline.model.Storyline;

/**
 * The article page: metadata, the cleaned text with its facts highlighted, the list of its facts, and the removed
 * boilerplate on demand.
 */
final class ArticlePage {
    private ArticlePage() {}

    static String render(View v, String id) {
        Snapshot s = v.snapshot();
        Article a = Lookups.article(s, id);
        Optional<Event> ev = Lookups.eventOf(s, a.id());
        Optional<Storyline> st = ev.flatMap(e -> Lookups.storylineOf(s, e.id()));
        Html h = new Html();
        breadcrumbs(h, st, ev);
        h.open("article", "class", "article-page");
        h.el("h1", articleTitle(a));
        h.open("dl", "class", "facts");
        h.el("dt", "Source").el("dd", a.source() == null ? "unknown" : a.source());
        h.el("dt", "URL").open("dd");
        if (a.url() == null || a.url().isBlank()) {
            h.text("none");
        } else {
            Optional<String> href = Links.externalHref(a.url());
            if (href.isPresent()) {
                h.link(href.get(), a.url(), "rel", "noopener noreferrer nofollow", "class", "url");
            } else {
                h.el("span", a.url(), "class", "url").text(" (not a web address; not linked)");
            }
        }
        h.close("dd");
        h.el("dt", "Date").open("dd");
        dating(h, a.dating());
        h.close("dd");
        if (a.lang() != null && !a.lang().isBlank()) {
            h.el("dt", "Language").el("dd", a.lang());
        }
        if (ev.isPresent()) {
            h.el("dt", "Event").open("dd").link(Links.event(ev.get().id()), headline(ev.get())).close("dd");
        }
        if (a.duplicateOf() != null) {
            h.el("dt", "Duplicate").open("dd");
            duplicateMarker(h, s, a);
            if (a.derivation() != null) {
                h.text(" · " + a.relation().jsonName() + " of ");
                String from = a.derivation().derivedFrom();
                h.link(Links.article(from), s.article(from).map(Layout::articleTitle).orElse(from));
                h.text(String.format(Locale.ROOT, ", similarity %.2f", a.derivation().similarity()));
            }
            h.close("dd");
        }
        List<Article> copies = v.catalog().copiesOf(a.id());
        if (!copies.isEmpty()) {
            h.el("dt", "Copies").open("dd").open("ul", "class", "inline");
            for (Article c : copies) {
                h.open("li").link(Links.article(c.id()), articleTitle(c)).close("li");
            }
            h.close("ul").close("dd");
        }
        h.el("dt", "Read from").el("dd", a.origin().toString());
        h.close("dl");

        h.open("div", "class", "body", "lang", languageTag(a.lang()));
        Optional<JsonNode> facts = v.coverage().has(Coverage.Kind.FACTS) ? v.coverage().facts(a.id())
                : Optional.empty();
        if (facts.isPresent()) {
            FactMarks.paragraphs(h, a.body(), FactMarks.of(a, facts.get(), v.coverage()));
        } else {
            paragraphs(h, a.body(), null);
        }
        h.close("div");
        factList(h, v, facts);

        List<RemovedSpan> removed = a.removed() == null ? List.of() : a.removed();
        h.open("details", "class", "removed");
        h.el("summary", "Removed boilerplate (" + removed.size() + ")");
        if (a.removed() == null) {
            h.el("p", "Cleaning has not run on this article; the text above is the original.");
        } else if (removed.isEmpty()) {
            h.el("p", "Nothing was removed.");
        } else {
            h.open("ol");
            for (RemovedSpan r : removed) {
                h.open("li");
                h.el("span", reason(r), "class", "reason");
                h.el("span", " characters " + r.start() + "–" + r.end(), "class", "span");
                h.el("p", r.text(), "class", "removed-text");
                h.close("li");
            }
            h.close("ol");
            h.el("h3", "The original text, removed parts struck through");
            h.open("div", "class", "original");
            original(h, a.original(), removed);
            h.close("div");
        }
        h.close("details");
        h.close("article");
        return page(articleTitle(a), ev.map(Layout::headline).orElse(null), h);
    }

    /** The facts of the article: entities, quotes with speakers, quantities with values, dates with values. */
    private static void factList(Html h, View v, Optional<JsonNode> facts) {
        if (!CoverageView.section(h, v, "fact-list", "Facts", Coverage.Kind.FACTS)) {
            return;
        }
        if (facts.isEmpty()) {
            h.el("p", "No facts were extracted from this article (it was added after the last analysis).",
                    "class", "missing");
            h.close("section");
            return;
        }
        JsonNode f = facts.get();
        h.open("p", "class", "legend").text("Highlighted in the text: ");
        for (FactMarks.Kind k : FactMarks.Kind.values()) {
            h.el("mark", legend(k), "class", k.css).text(" ");
        }
        h.close("p");
        // distinct canonical entities, in order of first mention
        Map<String, JsonNode> entities = new LinkedHashMap<>();
        for (JsonNode e : f.path("entities")) {
            entities.putIfAbsent(e.path("entity").asText(e.path("text").asText()), e);
        }
        if (!entities.isEmpty()) {
            h.el("h3", "Entities (" + entities.size() + ")");
            h.open("ul", "class", "inline entities");
            for (Map.Entry<String, JsonNode> en : entities.entrySet()) {
                Optional<Coverage.Entity> ent = v.coverage().has(Coverage.Kind.ENTITIES)
                        ? v.coverage().entity(en.getKey()) : Optional.empty();
                h.open("li", "class", FactMarks.Kind.ofEntityType(en.getValue().path("type").asText()).css);
                if (ent.isPresent()) {
                    h.link(Links.entity(ent.get().id()), ent.get().name());
                } else {
                    h.text(en.getValue().path("text").asText());
                }
                h.text(" ").el("span", en.getValue().path("type").asText(), "class", "type");
                h.close("li");
            }
            h.close("ul");
        }
        if (!f.path("quotes").isEmpty()) {
            h.el("h3", "Quotes (" + f.path("quotes").size() + ")");
            h.open("ul", "class", "quotes");
            for (JsonNode q : f.path("quotes")) {
                String text = q.path("text").asText();
                // a direct quote carries its own quotation marks; <q> would add a second pair
                h.open("li").el(text.matches("(?s)^[\"“”«„'‘].*") ? "span" : "q", text, "class", "quote")
                        .text(" — ");
                String speaker = q.path("speaker").asText(null);
                String id = q.path("entity").asText(null);
                Optional<Coverage.Entity> ent = id == null || !v.coverage().has(Coverage.Kind.ENTITIES)
                        ? Optional.empty() : v.coverage().entity(id);
                if (ent.isPresent()) {
                    h.link(Links.entity(ent.get().id()), speaker == null ? ent.get().name() : speaker);
                } else {
                    h.el("span", speaker == null ? "speaker unknown" : speaker, "class", "speaker");
                }
                if (!q.path("direct").asBoolean(true)) {
                    h.text(" (indirect)");
                }
                h.close("li");
            }
            h.close("ul");
        }
        if (!f.path("quantities").isEmpty()) {
            h.el("h3", "Numbers (" + f.path("quantities").size() + ")");
            h.open("ul", "class", "quantities");
            for (JsonNode q : f.path("quantities")) {
                h.open("li").el("span", q.path("text").asText(), "class", "as-written").text(" → ")
                        .el("data", FactMarks.quantity(q), "value", q.path("value").asText("")).close("li");
            }
            h.close("ul");
        }
        if (!f.path("timexes").isEmpty()) {
            h.el("h3", "Dates and times (" + f.path("timexes").size() + ")");
            h.open("ul", "class", "timexes");
            for (JsonNode t : f.path("timexes")) {
                h.open("li").el("span", t.path("text").asText(), "class", "as-written").text(" → ")
                        .el("data", t.path("value").asText(""), "value", t.path("value").asText(""))
                        .text(" (" + t.path("type").asText().toLowerCase(Locale.ROOT) + ")").close("li");
            }
            h.close("ul");
        }
        h.close("section");
    }

    private static String legend(FactMarks.Kind k) {
        return switch (k) {
            case QUOTE -> "quote";
            case PERSON -> "person";
            case ORGANIZATION -> "organization";
            case LOCATION -> "place";
            case OTHER -> "other name";
            case DATE -> "date";
            case QUANTITY -> "number";
        };
    }

    /** The original text with the removed spans in {@code <del>}, each titled with its reason. */
    private static void original(Html h, String text, List<RemovedSpan> removed) {
        List<RemovedSpan> spans = new ArrayList<>(removed);
        spans.sort(java.util.Comparator.comparingInt(RemovedSpan::start));
        int pos = 0;
        for (RemovedSpan r : spans) {
            int start = Math.clamp(r.start(), pos, text.length());
            int end = Math.clamp(r.end(), start, text.length());
            h.text(text.substring(pos, start));
            if (end > start) {
                h.el("del", text.substring(start, end), "class", "boilerplate", "title", reason(r));
            }
            pos = end;
        }
        h.text(text.substring(pos));
    }

}
