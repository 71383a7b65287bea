package org.storyline.web;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.storyline.model.Article;
import org.storyline.model.Dating;
import org.storyline.model.Event;
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

    static String index(Snapshot s) {
        Html h = new Html();
        h.el("h1", "Storyline");
        h.open("ul", "class", "counts")
                .open("li").text(count(s.articles().size(), "article", "articles")).close("li")
                .open("li").text(count(s.events().size(), "event", "events")).close("li")
                .open("li").text(count(s.storylines().size(), "storyline", "storylines")).close("li")
                .close("ul");
        if (s.articles().isEmpty()) {
            h.el("p", "Nothing has been analysed yet.", "class", "empty");
        }
        if (s.storylines().size() > 1) {
            h.open("nav", "aria-label", "Storylines", "class", "toc").el("h2", "Storylines").open("ol");
            for (Storyline st : s.storylines()) {
                h.open("li").link("#" + Links.storylineAnchor(st.id()), storylineTitle(st))
                        .text(" (" + count(st.eventIds().size(), "event", "events") + ")").close("li");
            }
            h.close("ol").close("nav");
        }
        for (Storyline st : s.storylines()) {
            List<Event> events = Lookups.eventsOf(s, st);
            h.open("section", "class", "storyline", "id", Links.storylineAnchor(st.id()),
                    "aria-labelledby", Links.storylineAnchor(st.id()) + "-title");
            h.el("h2", storylineTitle(st), "id", Links.storylineAnchor(st.id()) + "-title");
            h.open("p", "class", "meta").text(count(events.size(), "event", "events"));
            if (!events.isEmpty()) {
                h.text(" · ");
                dateRange(h, firstStart(events), lastEnd(events));
            }
            h.close("p");
            eventList(h, s, events);
            h.close("section");
        }
        List<Event> loose = Lookups.eventsOutsideStorylines(s);
        if (!loose.isEmpty()) {
            h.open("section", "class", "storyline").el("h2", "Events in no storyline");
            eventList(h, s, loose);
            h.close("section");
        }
        List<Article> unassigned = Lookups.articlesOutsideEvents(s);
        if (!unassigned.isEmpty()) {
            h.open("section", "class", "storyline").el("h2", "Articles in no event");
            articleList(h, s, unassigned.stream().map(Article::id).toList());
            h.close("section");
        }
        return page("Storyline", null, h);
    }

    static String event(Snapshot s, String id) {
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
        FamilyView.families(h, s, e);
        if (st.isPresent()) {
            neighbours(h, s, st.get(), e);
        }
        h.close("article");
        return page(headline(e), st.map(Pages::storylineTitle).orElse(null), h);
    }

    static String article(Snapshot s, String id) {
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
            h.close("dd");
        }
        List<Article> copies = Lookups.copiesOf(s, a.id());
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
        }
        h.close("details");
        h.close("article");
        return page(articleTitle(a), ev.map(Pages::headline).orElse(null), h);
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
                .raw("<header class=\"site\"><a href=\"/\">Storyline</a>");
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
            h.open("li").link(Links.home() + "#" + Links.storylineAnchor(st.get().id()), storylineTitle(st.get()))
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
            articleList(h, s, e.articleIds());
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

    private static LocalDate firstStart(List<Event> events) {
        return events.stream().map(Event::start).filter(d -> d != null).min(LocalDate::compareTo).orElse(null);
    }

    private static LocalDate lastEnd(List<Event> events) {
        return events.stream().map(e -> e.end() != null ? e.end() : e.start()).filter(d -> d != null)
                .max(LocalDate::compareTo).orElse(null);
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
