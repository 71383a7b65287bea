package org.storyline.ingest.html;

import java.time.LocalDate;
import org.storyline.ingest.meta.DateStrings;
import org.jsoup.nodes.Element;

/**
 * The publication date from the page's metadata, in order of trust: JSON-LD {@code datePublished}, publication
 * {@code <meta>} tags, {@code itemprop=datePublished} elements, JSON-LD {@code dateCreated}, {@code <time
 * datetime>} elements, any other {@code <meta>} whose name says "publish", then the first short visible text in an
 * element classed as a date ({@code <span class="date">28.04.2023</span>}). A modification date is never taken
 * for the publication date.
 */
final class DateFinder {
    private DateFinder() {
    }

    /** A date and where it was read. */
    record Found(LocalDate date, String evidence) {
    }

    private static final String[] META = {
        "article:published_time", "article:published", "og:published_time", "og:article:published_time",
        "published_time", "publish_date", "publish-date", "publishdate", "published_date", "publication_date",
        "pubdate", "datepublished", "date_published", "dc.date.issued", "dcterms.issued", "dcterms.date",
        "dc.date", "dcterms.created", "dc.date.created", "sailthru.date", "parsely-pub-date", "article.published",
        "cxenseparse:recs:publishtime", "date", "created", "ga_pub_date", "last-published"
    };

    static Found find(PageScan scan, JsonLdArticle ld) {
        Found found = parse(ld.datePublished(), "JSON-LD datePublished");
        if (found != null) {
            return found;
        }
        for (String name : META) {
            for (String value : scan.all(name)) {
                found = parse(value, "<meta " + name + ">");
                if (found != null) {
                    return found;
                }
            }
        }
        for (Element e : scan.datePublishedElements) {
            String value = e.hasAttr("datetime") ? e.attr("datetime") : e.hasAttr("content") ? e.attr("content") : e.text();
            found = parse(value, "itemprop=datePublished");
            if (found != null) {
                return found;
            }
        }
        found = parse(ld.dateCreated(), "JSON-LD dateCreated");
        if (found != null) {
            return found;
        }
        for (Element e : scan.times) {
            if (e.hasAttr("pubdate")) {
                found = parse(e.attr("datetime"), "<time pubdate datetime>");
                if (found != null) {
                    return found;
                }
            }
        }
        for (Element e : scan.times) {
            found = parse(e.attr("datetime"), "<time datetime>");
            if (found != null) {
                return found;
            }
        }
        for (var entry : scan.meta.entrySet()) {
            String name = entry.getKey();
            if (name.contains("publish") && !name.contains("modif") && !name.contains("updat")) {
                for (String value : entry.getValue()) {
                    found = parse(value, "<meta " + name + ">");
                    if (found != null) {
                        return found;
                    }
                }
            }
        }
        for (Element e : scan.dateElements) {
            String text = e.text();
            if (text.length() <= 60) {
                found = parse(text, "visible date");
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }

    private static Found parse(String value, String where) {
        LocalDate date = DateStrings.parse(value);
        return date == null ? null : new Found(date, where + " \"" + shorten(value.strip()) + "\"");
    }

    private static String shorten(String value) {
        return value.length() <= 60 ? value : value.substring(0, 60) + "...";
    }
}
