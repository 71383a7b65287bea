package org.storyline.web;

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
 * The HTML pages, rendered from one snapshot. All data goes through {@link Html}, which escapes it; the only
 * markup written as is are the constants in this class.
 */
final class Pages {
    private static final Pattern PARAGRAPH_BREAK = Pattern.compile("\\R[ \\t\\x0B\\f]*\\R\\s*");
    private static final Pattern LINE_BREAK = Pattern.compile("\\R");
    private static final Pattern LANGUAGE_TAG = Pattern.compile("[A-Za-z]{2,8}(-[A-Za-z0-9]{1,8})*");

    private Pages() {}

    // ---- pages ----

    /** Articles listed per event on the home and storyline pages; the event page lists them all. */
    private static final int ARTICLES_PER_EVENT = 5;
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
        searchForm(h, "", null, null);
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

    static String event(View v, String id) {
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
        if (e.summary() != null && !e.summary().isBlank()) {
            h.el("h2", "Summary");
            paragraphs(h, e.summary(), "summary");
        }
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
        sourcesSideBySide(h, s, e);
        families(h, v, e);
        FamilyView.families(h, s, e);
        if (st.isPresent()) {
            neighbours(h, s, st.get(), e);
        }
        h.close("article");
        return page(headline(e), st.map(Pages::storylineTitle).orElse(null), h);
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
                    s.article(f.original()).map(Pages::articleTitle).orElse(f.original())).close("caption");
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

    static String article(View v, String id) {
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
                h.link(Links.article(from), s.article(from).map(Pages::articleTitle).orElse(from));
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
        paragraphs(h, a.body(), null);
        h.close("div");

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
        return page(articleTitle(a), ev.map(Pages::headline).orElse(null), h);
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

    static String search(View v, Context ctx) {
        Html h = new Html();
        String q = ctx.queryParam("q");
        h.el("h1", "Search");
        SearchMode mode = Params.mode(ctx);
        SearchFilter filter = Params.filter(ctx);
        searchForm(h, q == null ? "" : q, mode, filter);
        if (q == null || q.isBlank()) {
            return page("Search", null, h);
        }
        SearchRequest req = Params.search(ctx);
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
        String params = "?q=" + Links.query(q) + "&mode=" + mode.param() + filterParams(filter);
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

    private static void searchForm(Html h, String q, SearchMode mode, SearchFilter f) {
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
        h.close("details");
        h.close("form");
    }

    private static void field(Html h, String name, String label, String type, String value) {
        h.open("p", "class", "field").el("label", label, "for", "f-" + name)
                .open("input", "type", type, "id", "f-" + name, "name", name, "value", value).close("p");
    }

    /** Previous / next links and where we are, when there is more than one page. */
    private static void pager(Html h, String path, Params.Paging p, int total, String params) {
        int pages = (int) Math.max(1, (total + (long) p.size() - 1) / p.size());
        if (pages <= 1 && p.page() == 1) {
            return;
        }
        String base = path + "?" + (params.isEmpty() ? "" : params + "&") + "size=" + p.size() + "&page=";
        h.open("nav", "class", "pager", "aria-label", "Pages").open("ul");
        if (p.page() > 1) {
            h.open("li").link(base + (p.page() - 1), "Previous", "rel", "prev").close("li");
        }
        h.el("li", "Page " + p.page() + " of " + pages, "aria-current", "page");
        if (p.page() < pages) {
            h.open("li").link(base + (p.page() + 1), "Next", "rel", "next").close("li");
        }
        h.close("ul").close("nav");
    }

    private static void more(Html h, int more, String one, String many) {
        if (more > 0) {
            h.el("p", "… and " + count(more, one, many) + " more", "class", "more");
        }
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

    // ---- pieces ----

    private static String page(String title, String context, Html main) {
        Html h = new Html();
        h.raw("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
                .raw("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .open("title").text(title.equals("Storyline") ? title : title + " · Storyline").close("title")
                .raw("\n<link rel=\"stylesheet\" href=\"/storyline.css\">\n</head>\n<body>\n")
                .raw("<a class=\"skip\" href=\"#main\">Skip to content</a>\n")
                .raw("<header class=\"site\"><a href=\"/\">Storyline</a>")
                .raw("<nav class=\"site-nav\" aria-label=\"Site\"><a href=\"/\">Storylines</a> ")
                .raw("<a href=\"/search\">Search</a></nav>");
        if (context != null) {
            h.el("span", context, "class", "context");
        }
        h.raw("</header>\n<main id=\"main\">\n").raw(main.toString()).raw("\n</main>\n</body>\n</html>\n");
        return h.toString();
    }

    private static void breadcrumbs(Html h, Optional<Storyline> st, Optional<Event> ev) {
        h.open("nav", "class", "crumbs", "aria-label", "Breadcrumb").open("ol");
        h.open("li").link(Links.home(), "All storylines").close("li");
        if (st.isPresent()) {
            h.open("li").link(Links.storyline(st.get().id()), storylineTitle(st.get()))
                    .close("li");
        }
        if (ev.isPresent()) {
            h.open("li").link(Links.event(ev.get().id()), headline(ev.get())).close("li");
        }
        h.close("ol").close("nav");
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

    private static void eventList(Html h, Snapshot s, List<Event> events) {
        h.open("ol", "class", "events");
        for (Event e : events) {
            h.open("li", "class", "event");
            h.open("h3").link(Links.event(e.id()), headline(e)).close("h3");
            h.open("p", "class", "meta");
            dateRange(h, e.start(), e.end());
            h.text(" · " + count(e.sources().size(), "source", "sources")
                    + " · " + count(e.articleIds().size(), "article", "articles"));
            h.close("p");
            if (e.summary() != null && !e.summary().isBlank()) {
                h.el("p", e.summary(), "class", "summary");
            }
            articleList(h, s, e.articleIds().subList(0, Math.min(e.articleIds().size(), ARTICLES_PER_EVENT)));
            if (e.articleIds().size() > ARTICLES_PER_EVENT) {
                h.open("p", "class", "more").link(Links.event(e.id()), "… and " + count(e.articleIds().size()
                        - ARTICLES_PER_EVENT, "more article", "more articles")).close("p");
            }
            h.close("li");
        }
        h.close("ol");
    }

    private static void articleList(Html h, Snapshot s, List<String> ids) {
        h.open("ul", "class", "articles");
        for (String id : ids) {
            h.open("li");
            Optional<Article> a = s.article(id);
            if (a.isEmpty()) {
                h.text(id).text(" (not in this collection)");
            } else {
                h.link(Links.article(id), articleTitle(a.get()));
                if (a.get().source() != null) {
                    h.text(" ").el("span", "— " + a.get().source(), "class", "source");
                }
                duplicateMarker(h, s, a.get());
            }
            h.close("li");
        }
        h.close("ul");
    }

    /** " (copy of <original>)" for a duplicate; nothing otherwise. */
    private static void duplicateMarker(Html h, Snapshot s, Article a) {
        if (a.duplicateOf() == null) {
            return;
        }
        h.text(" ").open("span", "class", "dup").text("copy of ");
        Optional<Article> orig = s.article(a.duplicateOf());
        if (orig.isPresent()) {
            h.link(Links.article(orig.get().id()), articleTitle(orig.get()));
        } else {
            h.text(a.duplicateOf());
        }
        h.close("span");
    }

    private static void dating(Html h, Dating d) {
        if (d == null || !d.isDated()) {
            h.el("span", "undated", "class", "undated");
            return;
        }
        h.el("time", d.iso(), "datetime", d.iso());
        String how = switch (d.source()) {
            case GIVEN -> "given";
            case TEXT -> "from the text";
            case EVENT -> "from the event's other articles";
            case NONE -> "undated";
        };
        h.open("span", "class", "evidence").text(" (" + how);
        if (!d.evidence().isBlank()) {
            h.text(": ").el("q", d.evidence());
        }
        h.text(")").close("span");
    }

    private static void dateRange(Html h, LocalDate start, LocalDate end) {
        if (start == null && end == null) {
            h.el("span", "undated", "class", "undated");
            return;
        }
        LocalDate from = start != null ? start : end;
        LocalDate to = end != null ? end : start;
        h.el("time", from.toString(), "datetime", from.toString());
        if (!to.equals(from)) {
            h.text(" – ").el("time", to.toString(), "datetime", to.toString());
        }
    }

    /** Text as paragraphs: blank lines separate paragraphs, single line breaks become {@code <br>}. */
    private static void paragraphs(Html h, String text, String cssClass) {
        if (text == null) {
            return;
        }
        for (String para : PARAGRAPH_BREAK.split(text.strip())) {
            if (para.isBlank()) {
                continue;
            }
            h.open("p", "class", cssClass);
            String[] lines = LINE_BREAK.split(para.strip());
            for (int i = 0; i < lines.length; i++) {
                if (i > 0) {
                    h.raw("<br>");
                }
                h.text(lines[i]);
            }
            h.close("p");
        }
    }

    /** The first words of a text, about 240 characters. */
    private static String lead(String text) {
        String t = text == null ? "" : text.strip().replaceAll("\\s+", " ");
        if (t.length() <= 240) {
            return t;
        }
        int cut = t.lastIndexOf(' ', 240);
        return t.substring(0, cut > 120 ? cut : 240) + " …";
    }

    private static String count(int n, String one, String many) {
        return n + " " + (n == 1 ? one : many);
    }

    private static String reason(RemovedSpan r) {
        return r.reason().name().toLowerCase(Locale.ROOT).replace('_', ' ');
    }

    private static String languageTag(String lang) {
        return lang != null && LANGUAGE_TAG.matcher(lang).matches() ? lang : null;
    }

    static String storylineTitle(Storyline st) {
        return st.title() == null || st.title().isBlank() ? "Storyline " + st.id() : st.title();
    }

    static String headline(Event e) {
        return e.headline() == null || e.headline().isBlank() ? "Event " + e.id() : e.headline();
    }

    static String articleTitle(Article a) {
        return a.title() == null || a.title().isBlank() ? "Untitled article " + a.id() : a.title();
    }
}
