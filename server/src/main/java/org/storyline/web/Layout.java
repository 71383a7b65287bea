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
 * What every page shares: the page shell (header, navigation, skip link), breadcrumbs, pagers, and the small
 * pieces of markup for dates, article lists and paragraphs. All data goes through {@link Html}, which escapes it.
 */
final class Layout {
    static final Pattern PARAGRAPH_BREAK = Pattern.compile("\\R[ \\t\\x0B\\f]*\\R\\s*");
    static final Pattern LINE_BREAK = Pattern.compile("\\R");
    private static final Pattern LANGUAGE_TAG = Pattern.compile("[A-Za-z]{2,8}(-[A-Za-z0-9]{1,8})*");
    /** Articles listed per event on the home and storyline pages; the event page lists them all. */
    static final int ARTICLES_PER_EVENT = 5;

    private Layout() {}

    /** Previous / next links and where we are, when there is more than one page. */
    static void pager(Html h, String path, Params.Paging p, int total, String params) {
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

    static void more(Html h, int more, String one, String many) {
        if (more > 0) {
            h.el("p", "… and " + count(more, one, many) + " more", "class", "more");
        }
    }


    static String page(String title, String context, Html main) {
        Html h = new Html();
        h.raw("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
                .raw("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .open("title").text(title.equals("Storyline") ? title : title + " · Storyline").close("title")
                .raw("\n<link rel=\"stylesheet\" href=\"/storyline.css\">\n</head>\n<body>\n")
                .raw("<a class=\"skip\" href=\"#main\">Skip to content</a>\n")
                .raw("<header class=\"site\"><a href=\"/\">Storyline</a>")
                .raw("<nav class=\"site-nav\" aria-label=\"Site\"><a href=\"/\">Storylines</a> ")
                .raw("<a href=\"/entities\">Entities</a> <a href=\"/search\">Search</a></nav>");
        if (context != null) {
            h.el("span", context, "class", "context");
        }
        h.raw("</header>\n<main id=\"main\">\n").raw(main.toString()).raw("\n</main>\n</body>\n</html>\n");
        return h.toString();
    }

    static void breadcrumbs(Html h, Optional<Storyline> st, Optional<Event> ev) {
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

    static void eventList(Html h, Snapshot s, List<Event> events) {
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

    static void articleList(Html h, Snapshot s, List<String> ids) {
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
    static void duplicateMarker(Html h, Snapshot s, Article a) {
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

    static void dating(Html h, Dating d) {
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

    static void dateRange(Html h, LocalDate start, LocalDate end) {
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
    static void paragraphs(Html h, String text, String cssClass) {
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
    static String lead(String text) {
        String t = text == null ? "" : text.strip().replaceAll("\\s+", " ");
        if (t.length() <= 240) {
            return t;
        }
        int cut = t.lastIndexOf(' ', 240);
        return t.substring(0, cut > 120 ? cut : 240) + " …";
    }

    static String count(int n, String one, String many) {
        return n + " " + (n == 1 ? one : many);
    }

    static String reason(RemovedSpan r) {
        return r.reason().name().toLowerCase(Locale.ROOT).replace('_', ' ');
    }

    static String languageTag(String lang) {
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
