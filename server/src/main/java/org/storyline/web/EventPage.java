package org.storyline.web;

import static org.storyline.web.Layout.*;

import io.javalin.http.Context;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
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

    /** At most this many sources side by side, the ones with most articles (a big event may have hundreds). */
    static final int MAX_SOURCE_COLUMNS = 12;
    /** At most this many articles per source column. */
    static final int MAX_PER_SOURCE = 5;
    /** At most this many families of copies in the table. */
    static final int MAX_FAMILIES = 10;

    static String render(View v, String id) {
        return render(v, id, new Params.Paging(1, Params.DEFAULT_SIZE));
    }

    /** The page of an event; {@code p} pages its article list, so an event of thousands stays a small page. */
    static String render(View v, String id, Params.Paging p) {
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
        h.open("h2", "id", "articles").text("Articles (" + e.articleIds().size() + ")").close("h2");
        List<String> shown = e.articleIds().subList(Math.min(e.articleIds().size(), p.offset()),
                Math.min(e.articleIds().size(), p.offset() + p.size()));
        h.open("ol", "class", "articles detailed", "start", Integer.toString(p.offset() + 1));
        for (String aid : shown) {
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
        pager(h, Links.event(e.id()), p, e.articleIds().size(), "");
        CoverageView.comparison(h, v, e);
        sourcesSideBySide(h, s, e);
        families(h, v, e);
        FamilyView.families(h, v, e);
        neighbours(h, v, e);
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
        List<String> columns = bySource.keySet().stream()
                .sorted(Comparator.comparingInt((String k) -> -bySource.get(k).size()).thenComparing(k -> k))
                .limit(MAX_SOURCE_COLUMNS).sorted().toList();
        h.open("div", "class", "sources-grid");
        for (String source : columns) {
            List<Article> articles = bySource.get(source);
            h.open("section", "class", "source-column");
            h.el("h3", source + " (" + articles.size() + ")");
            for (Article a : articles.subList(0, Math.min(articles.size(), MAX_PER_SOURCE))) {
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
            more(h, articles.size() - MAX_PER_SOURCE, "article", "articles");
            h.close("section");
        }
        h.close("div");
        more(h, bySource.size() - columns.size(), "source", "sources");
    }

    /** Each family of copies among the event's articles: who copied whom, with the relation and similarity. */
    private static void families(Html h, View v, Event e) {
        Snapshot s = v.snapshot();
        List<String> originals = e.articleIds().stream().filter(a -> !v.catalog().copiesOf(a).isEmpty()).toList();
        List<Api.FamilyDoc> fams = originals.stream().limit(MAX_FAMILIES)
                .map(a -> Api.family(s, a, v.catalog().copiesOf(a))).toList();
        if (fams.isEmpty()) {
            return;
        }
        h.el("h2", "Families of copies (" + originals.size() + ")");
        for (Api.FamilyDoc f : fams.subList(0, Math.min(fams.size(), MAX_FAMILIES))) {
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
        more(h, originals.size() - fams.size(), "family", "families");
    }


    /** The storyline's events just before and after this one in time (computed once per snapshot). */
    private static void neighbours(Html h, View v, Event e) {
        Optional<Event> before = v.catalog().before(e.id());
        Optional<Event> after = v.catalog().after(e.id());
        if (before.isEmpty() && after.isEmpty()) {
            return;
        }
        h.open("nav", "class", "neighbours", "aria-label", "Storyline").open("ul");
        before.ifPresent(x -> h.open("li").text("Earlier: ").link(Links.event(x.id()), headline(x), "rel", "prev")
                .close("li"));
        after.ifPresent(x -> h.open("li").text("Later: ").link(Links.event(x.id()), headline(x), "rel", "next")
                .close("li"));
        h.close("ul").close("nav");
    }

}
