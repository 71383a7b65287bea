package org.storyline.web;

import io.javalin.http.Context;
import static org.storyline.web.Layout.*;

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
 * The home, storyline, search and error pages, rendered from one snapshot (the event, article and entity pages
 * have their own classes; the shared pieces are in {@link Layout}). All data goes through {@link Html}, which
 * escapes it; the only markup written as is are the constants in these classes.
 */
final class Pages {
    private Pages() {}

    // ---- pages ----

    /** Events and articles listed outside storylines on the home page. */
    private static final int LOOSE_LIMIT = 50;

    static String index(View v, Params.Paging p) {
        Snapshot s = v.snapshot();
        Html h = new Html();
        h.el("h1", "Storyline");
        h.open("ul", "class", "counts")
                .open("li").text(count(s.articles().size(), "article", "articles")).close("li")
                .open("li").text(count(s.events().size(), "event", "events")).close("li")
                .open("li").text(count(s.storylines().size(), "storyline", "storylines")).close("li")
                .close("ul");
        searchForm(h, "", null, null, null, null);
        if (s.articles().isEmpty()) {
            h.el("p", "Nothing has been analysed yet.", "class", "empty");
        }
        Api.Page<Storyline> page = Api.page(s.storylines(), p);
        if (page.items().size() > 1) {
            h.open("nav", "aria-label", "Storylines", "class", "toc").el("h2", "Storylines").open("ol");
            for (Storyline st : page.items()) {
                h.open("li").link("#" + Links.storylineAnchor(st.id()), storylineTitle(st))
                        .text(" (" + count(st.eventIds().size(), "event", "events") + ")").close("li");
            }
            h.close("ol").close("nav");
        }
        for (Storyline st : page.items()) {
            List<Event> events = Lookups.eventsOf(s, st);
            h.open("section", "class", "storyline", "id", Links.storylineAnchor(st.id()),
                    "aria-labelledby", Links.storylineAnchor(st.id()) + "-title");
            h.open("h2", "id", Links.storylineAnchor(st.id()) + "-title")
                    .link(Links.storyline(st.id()), storylineTitle(st)).close("h2");
            h.open("p", "class", "meta").text(count(events.size(), "event", "events"));
            if (!events.isEmpty()) {
                h.text(" · ");
                dateRange(h, Lookups.firstStart(events), Lookups.lastEnd(events));
            }
            h.close("p");
            eventList(h, s, events);
            h.close("section");
        }
        pager(h, "/", p, page.total(), "");
        if (p.page() == 1) {
            List<Event> loose = Lookups.eventsOutsideStorylines(s);
            if (!loose.isEmpty()) {
                h.open("section", "class", "storyline").el("h2", "Events in no storyline");
                eventList(h, s, loose.subList(0, Math.min(loose.size(), LOOSE_LIMIT)));
                more(h, loose.size() - LOOSE_LIMIT, "event", "events");
                h.close("section");
            }
            List<Article> unassigned = Lookups.articlesOutsideEvents(s);
            if (!unassigned.isEmpty()) {
                h.open("section", "class", "storyline").el("h2", "Articles in no event");
                articleList(h, s, unassigned.stream().limit(LOOSE_LIMIT).map(Article::id).toList());
                more(h, unassigned.size() - LOOSE_LIMIT, "article", "articles");
                h.close("section");
            }
        }
        return page("Storyline", null, h);
    }

    static String storyline(View v, String id) {
        Snapshot s = v.snapshot();
        Storyline st = Lookups.storyline(s, id);
        List<Event> events = Lookups.eventsOf(s, st);
        Html h = new Html();
        breadcrumbs(h, Optional.empty(), Optional.empty());
        h.open("article", "class", "storyline-page");
        h.el("h1", storylineTitle(st));
        int articles = events.stream().mapToInt(e -> e.articleIds().size()).sum();
        h.open("p", "class", "meta").text(count(events.size(), "event", "events") + " · "
                + count(articles, "article", "articles"));
        if (!events.isEmpty()) {
            h.text(" · ");
            dateRange(h, Lookups.firstStart(events), Lookups.lastEnd(events));
        }
        h.close("p");
        timelineChart(h, events);
        CoverageView.storylineSummary(h, v, st.id());
        h.el("h2", "Timeline");
        h.open("ol", "class", "timeline");
        for (Event e : events) {
            h.open("li", "class", "step");
            h.open("p", "class", "when");
            dateRange(h, e.start(), e.end());
            h.close("p");
            h.open("h3").link(Links.event(e.id()), headline(e)).close("h3");
            h.open("p", "class", "meta").text(count(e.articleIds().size(), "article", "articles") + " · ");
            if (e.sources().isEmpty()) {
                h.text("unknown sources");
            } else {
                h.el("span", String.join(", ", e.sources()), "class", "sources");
            }
            h.close("p");
            if (e.summary() != null && !e.summary().isBlank()) {
                h.el("p", e.summary(), "class", "summary");
            }
            h.close("li");
        }
        h.close("ol");
        h.open("p").link(Links.search("", "storyline", st.id()), "Search within this storyline").close("p");
        h.close("article");
        return page(storylineTitle(st), null, h);
    }

    /**
     * A bar per event on a time axis (height: its number of articles), drawn as inline SVG so that no style
     * attribute or script is needed; each bar links to its event.
     */
    private static void timelineChart(Html h, List<Event> events) {
        List<Event> dated = events.stream().filter(e -> e.start() != null).toList();
        if (dated.size() < 2) {
            return;
        }
        long first = dated.stream().mapToLong(e -> e.start().toEpochDay()).min().orElseThrow();
        long last = dated.stream().mapToLong(e -> (e.end() != null ? e.end() : e.start()).toEpochDay()).max()
                .orElseThrow();
        long span = Math.max(1, last - first);
        int maxArticles = dated.stream().mapToInt(e -> e.articleIds().size()).max().orElse(1);
        h.open("figure", "class", "chart");
        h.open("svg", "viewBox", "0 0 1000 120", "role", "img", "aria-label", "Events on a time axis",
                "xmlns", "http://www.w3.org/2000/svg");
        h.open("line", "x1", "0", "y1", "110", "x2", "1000", "y2", "110", "class", "axis").close("line");
        for (Event e : dated) {
            long x = 5 + (e.start().toEpochDay() - first) * 980 / span;
            int height = 10 + 90 * e.articleIds().size() / maxArticles;
            h.open("a", "href", Links.event(e.id()));
            h.open("rect", "x", Long.toString(x), "y", Integer.toString(110 - height), "width", "10", "height",
                    Integer.toString(height), "class", "bar");
            h.el("title", headline(e) + " (" + e.start() + ", " + count(e.articleIds().size(), "article",
                    "articles") + ")");
            h.close("rect").close("a");
        }
        h.close("svg");
        h.open("figcaption").el("time", LocalDate.ofEpochDay(first).toString()).text(" … ")
                .el("time", LocalDate.ofEpochDay(last).toString()).close("figcaption");
        h.close("figure");
    }

    static String search(View v, Context ctx) {
        Html h = new Html();
        String q = ctx.queryParam("q");
        h.el("h1", "Search");
        SearchMode mode = Params.mode(ctx);
        SearchFilter filter = Params.filter(ctx, v);
        String entity = Params.entity(ctx);
        String entityName = entity == null ? null : v.coverage().entity(entity).map(Coverage.Entity::name)
                .orElse(entity + " (unknown entity)");
        searchForm(h, q == null ? "" : q, mode, filter, entity, entityName);
        if (q == null || q.isBlank()) {
            return page("Search", null, h);
        }
        SearchRequest req = Params.search(ctx, v);
        Snapshot s = v.snapshot();
        SearchResults res = v.search().search(req, s);
        h.open("p", "class", "meta", "role", "status").text(count(res.total(), "event", "events") + " with "
                + count(res.articles(), "matching article", "matching articles")).close("p");
        h.open("ol", "class", "results", "start", Integer.toString((req.page() - 1) * req.size() + 1));
        for (SearchHit hit : res.hits()) {
            Optional<Article> a = s.article(hit.articleId());
            if (a.isEmpty()) {
                continue;
            }
            h.open("li", "class", "hit");
            h.open("h2").link(Links.article(a.get().id()), articleTitle(a.get())).close("h2");
            h.open("p", "class", "meta");
            h.el("span", a.get().source() == null ? "unknown source" : a.get().source(), "class", "source");
            h.text(" · ");
            dating(h, a.get().dating());
            Optional<Event> ev = hit.event() == null ? Optional.empty() : s.event(hit.event());
            if (ev.isPresent()) {
                h.text(" · event ").link(Links.event(ev.get().id()), headline(ev.get()));
            }
            h.close("p");
            h.open("p", "class", "snippet");
            snippet(h, hit.snippet());
            h.close("p");
            if (!hit.others().isEmpty()) {
                h.open("p", "class", "others").text("and " + count(hit.others().size(), "other matching article",
                        "other matching articles") + " on this event");
                if (ev.isPresent()) {
                    h.text(" (").link(Links.event(ev.get().id()), "compare them").text(")");
                }
                h.close("p");
            }
            h.close("li");
        }
        h.close("ol");
        String params = "?q=" + Links.query(q) + "&mode=" + mode.param() + filterParams(filter)
                + (entity == null ? "" : "&entity=" + Links.query(entity));
        pager(h, "/search", new Params.Paging(req.page(), req.size()),
                Math.min(res.total(), SearchRequest.MAX_RANK), params.substring(1));
        return page("Search: " + q, null, h);
    }

    private static String filterParams(SearchFilter f) {
        StringBuilder b = new StringBuilder();
        appendParam(b, "source", f.source());
        appendParam(b, "lang", f.lang());
        appendParam(b, "from", f.from() == null ? null : f.from().toString());
        appendParam(b, "to", f.to() == null ? null : f.to().toString());
        appendParam(b, "event", f.event());
        appendParam(b, "storyline", f.storyline());
        return b.toString();
    }

    private static void appendParam(StringBuilder b, String name, String value) {
        if (value != null) {
            b.append('&').append(name).append('=').append(Links.query(value));
        }
    }

    /** A snippet: the text escaped, the matched words in {@code <mark>}. */
    private static void snippet(Html h, Snippet sn) {
        for (Snippet.Fragment f : sn.fragments()) {
            if (f.marked()) {
                h.el("mark", f.text());
            } else {
                h.text(f.text());
            }
        }
    }

    private static void searchForm(Html h, String q, SearchMode mode, SearchFilter f, String entity,
            String entityName) {
        SearchFilter filter = f == null ? SearchFilter.NONE : f;
        SearchMode m = mode == null ? SearchMode.HYBRID : mode;
        h.open("form", "class", "search", "action", "/search", "method", "get", "role", "search");
        h.open("p", "class", "query");
        h.el("label", "Search", "for", "q");
        h.open("input", "type", "search", "id", "q", "name", "q", "value", q, "placeholder", "words or a question");
        h.raw("<button type=\"submit\">Search</button>");
        h.close("p");
        h.open("fieldset", "class", "mode").el("legend", "Match");
        for (SearchMode x : SearchMode.values()) {
            String label = switch (x) {
                case TEXT -> "words";
                case SEMANTIC -> "meaning";
                case HYBRID -> "both";
            };
            h.open("label");
            h.open("input", "type", "radio", "name", "mode", "value", x.param(), "checked", x == m ? "checked" : null);
            h.text(" " + label).close("label");
        }
        h.close("fieldset");
        h.open("details", "class", "filters", "open", filter.equals(SearchFilter.NONE) ? null : "open");
        h.el("summary", "Filters");
        field(h, "source", "Source", "text", filter.source());
        field(h, "lang", "Language", "text", filter.lang());
        field(h, "from", "From", "date", filter.from() == null ? null : filter.from().toString());
        field(h, "to", "To", "date", filter.to() == null ? null : filter.to().toString());
        if (filter.event() != null) {
            h.open("input", "type", "hidden", "name", "event", "value", filter.event());
        }
        if (filter.storyline() != null) {
            h.open("input", "type", "hidden", "name", "storyline", "value", filter.storyline());
        }
        if (entity != null) {
            h.open("p", "class", "field").open("label")
                    .open("input", "type", "checkbox", "name", "entity", "value", entity, "checked", "checked")
                    .text(" only articles mentioning " + entityName).close("label").close("p");
        }
        h.close("details");
        h.close("form");
    }

    private static void field(Html h, String name, String label, String type, String value) {
        h.open("p", "class", "field").el("label", label, "for", "f-" + name)
                .open("input", "type", type, "id", "f-" + name, "name", name, "value", value).close("p");
    }

    static String notFound(String message) {
        Html h = new Html();
        h.el("h1", "Not found");
        h.el("p", message);
        h.open("p").link(Links.home(), "Back to all storylines").close("p");
        return page("Not found", null, h);
    }

    static String error(int status, String message) {
        Html h = new Html();
        h.el("h1", "Error " + status);
        h.el("p", message);
        h.open("p").link(Links.home(), "Back to all storylines").close("p");
        return page("Error " + status, null, h);
    }

}
