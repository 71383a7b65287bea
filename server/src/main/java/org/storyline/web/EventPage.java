package org.storyline.web;

import static org.storyline.web.Layout.*;

import io.javalin.http.Context;
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
 * The event page: dates, sources, summary, articles, sources side by side, the comparison of its coverage, the
 * families of copies and their aligned passages, and the neighbouring events of its storyline.
 */
final class EventPage {
    private EventPage() {}

    static String render(View v, String id) {
        Snapshot s = v.snapshot();
        Event e = Lookups.event(s, id);
        Optional<Storyline> st = Lookups.storylineOf(s, e.id());
        Html h = new Html();
        breadcrumbs(h, st, Optional.empty());
        h.open("article", "class", "event-page");
        h.el("h1", headline(e));
        h.open("dl", "class", "facts");
        h.el("dt", "Dates").open("dd");
        dateRange(h, e.start(), e.end());
        h.close("dd");
        h.el("dt", e.sources().size() == 1 ? "Source" : "Sources").open("dd");
        if (e.sources().isEmpty()) {
            h.text("unknown");
        } else {
            h.open("ul", "class", "inline");
            for (String src : e.sources()) {
                h.el("li", src);
            }
            h.close("ul");
        }
        h.close("dd");
        h.el("dt", "Articles").el("dd", Integer.toString(e.articleIds().size()));
        if (!e.keyEntities().isEmpty()) {
            h.el("dt", "Key entities").open("dd").open("ul", "class", "inline key-entities");
            for (String name : e.keyEntities()) {
                h.el("li", name);
            }
            h.close("ul").close("dd");
        }
        h.close("dl");
        if (!CoverageView.summary(h, v, e) && e.summary() != null && !e.summary().isBlank()) {
            h.el("h2", "Summary");
            paragraphs(h, e.summary(), "summary");
        }
        CoverageView.coverageChart(h, s, e);
        h.el("h2", "Articles (" + e.articleIds().size() + ")");
        h.open("ol", "class", "articles detailed");
        for (String aid : e.articleIds()) {
            h.open("li");
            Optional<Article> a = s.article(aid);
            if (a.isEmpty()) {
                h.text(aid).text(" (not in this collection)");
            } else {
                Article art = a.get();
                h.link(Links.article(art.id()), articleTitle(art));
                h.open("div", "class", "meta");
                h.el("span", art.source() == null ? "unknown source" : art.source(), "class", "source");
                h.text(" · ");
                dating(h, art.dating());
                h.close("div");
                duplicateMarker(h, s, art);
            }
            h.close("li");
        }
        h.close("ol");
        CoverageView.comparison(h, v, e);
        sourcesSideBySide(h, s, e);
        families(h, v, e);
        FamilyView.families(h, s, e);
        if (st.isPresent()) {
            neighbours(h, s, st.get(), e);
        }
        h.close("article");
        return page(headline(e), st.map(Layout::storylineTitle).orElse(null), h);
    }

    /** One column per source with its articles, so that their coverage can be compared at a glance. */
    private static void sourcesSideBySide(Html h, Snapshot s, Event e) {
        Map<String, List<Article>> bySource = new TreeMap<>();
        for (String aid : e.articleIds()) {
            s.article(aid).ifPresent(a -> bySource.computeIfAbsent(
                    a.source() == null || a.source().isBlank() ? "unknown source" : a.source(),
                    k -> new ArrayList<>()).add(a));
        }
        if (bySource.size() < 2) {
            return;
        }
        h.el("h2", "Sources side by side");
        h.open("div", "class", "sources-grid");
        for (Map.Entry<String, List<Article>> en : bySource.entrySet()) {
            h.open("section", "class", "source-column");
            h.el("h3", en.getKey() + " (" + en.getValue().size() + ")");
            for (Article a : en.getValue()) {
                h.open("div", "class", "source-article");
                h.open("p", "class", "title").link(Links.article(a.id()), articleTitle(a)).close("p");
                h.open("p", "class", "meta");
                dating(h, a.dating());
                if (a.relation() != Relation.ORIGINAL) {
                    h.text(" · ").el("span", a.relation().jsonName(), "class", "relation");
                }
                h.close("p");
                h.el("p", lead(a.body()), "class", "lead");
                h.close("div");
            }
            h.close("section");
        }
        h.close("div");
    }

    /** Each family of copies among the event's articles: who copied whom, with the relation and similarity. */
    private static void families(Html h, View v, Event e) {
        Snapshot s = v.snapshot();
        List<Api.FamilyDoc> fams = e.articleIds().stream().filter(a -> !v.catalog().copiesOf(a).isEmpty())
                .map(a -> Api.family(s, a, v.catalog().copiesOf(a))).toList();
        if (fams.isEmpty()) {
            return;
        }
        h.el("h2", "Families of copies (" + fams.size() + ")");
        for (Api.FamilyDoc f : fams) {
            h.open("table", "class", "family");
            h.open("caption").text("Original: ").link(Links.article(f.original()),
                    s.article(f.original()).map(Layout::articleTitle).orElse(f.original())).close("caption");
            h.raw("<thead><tr><th scope=\"col\">Article</th><th scope=\"col\">Source</th>"
                    + "<th scope=\"col\">Date</th><th scope=\"col\">Relation</th>"
                    + "<th scope=\"col\">Derived from</th><th scope=\"col\">Similarity</th></tr></thead>");
            h.open("tbody");
            for (Api.MemberDoc m : f.members()) {
                h.open("tr", "class", "member " + m.relation());
                h.open("td").link(Links.article(m.id()), m.title() == null || m.title().isBlank()
                        ? "Untitled article " + m.id() : m.title()).close("td");
                h.el("td", m.source() == null ? "unknown" : m.source());
                h.el("td", m.published() == null ? "undated" : m.published());
                h.el("td", m.relation());
                h.open("td");
                if (m.derivedFrom() != null) {
                    h.link(Links.article(m.derivedFrom()), m.derivedFrom());
                }
                h.close("td");
                h.el("td", m.similarity() == null ? "" : String.format(Locale.ROOT, "%.2f", m.similarity()));
                h.close("tr");
            }
            h.close("tbody").close("table");
        }
    }


    private static void neighbours(Html h, Snapshot s, Storyline st, Event e) {
        List<Event> events = Lookups.eventsOf(s, st);
        int i = events.indexOf(e);
        if (i < 0 || events.size() < 2) {
            return;
        }
        h.open("nav", "class", "neighbours", "aria-label", "Storyline").open("ul");
        if (i > 0) {
            h.open("li").text("Earlier: ").link(Links.event(events.get(i - 1).id()), headline(events.get(i - 1)),
                    "rel", "prev").close("li");
        }
        if (i < events.size() - 1) {
            h.open("li").text("Later: ").link(Links.event(events.get(i + 1).id()), headline(events.get(i + 1)),
                    "rel", "next").close("li");
        }
        h.close("ul").close("nav");
    }

}
