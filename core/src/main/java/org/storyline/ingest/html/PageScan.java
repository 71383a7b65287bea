package org.storyline.ingest.html;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jsoup.nodes.DataNode;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * One pass over the whole page, before cleaning, that collects what the metadata rules read: {@code <meta>} values
 * by lower-cased name, JSON-LD scripts, the canonical link, {@code <title>}, the {@code lang} of {@code <html>},
 * {@code <time>} elements, and elements that name an author ({@code rel=author}, {@code itemprop=author}, classes
 * such as {@code byline}).
 */
final class PageScan implements NodeVisitor {
    private static final TokenSet DATE_TOKENS = new TokenSet("date", "datum", "time", "timestamp", "published",
            "pubdate", "dateline", "fecha", "data");
    private static final int MAX_DATE_ELEMENTS = 8;
    private static final TokenSet BYLINE_TOKENS = new TokenSet("author", "authors", "byline", "bylines", "autor",
            "autoren", "writer", "journalist", "reporter", "creator", "byl");

    final Map<String, List<String>> meta = new LinkedHashMap<>();
    final List<String> jsonLd = new ArrayList<>();
    final List<Element> times = new ArrayList<>();
    final List<Element> authorElements = new ArrayList<>();
    final List<Element> datePublishedElements = new ArrayList<>();
    /** Elements whose class or id names a date, in page order (the first few only). */
    final List<Element> dateElements = new ArrayList<>();
    String canonical;
    String title;
    String htmlLang;

    private PageScan() {
    }

    static PageScan of(Element root) {
        PageScan scan = new PageScan();
        NodeTraversor.traverse(scan, root);
        return scan;
    }

    /** The first value of the first of {@code names} that the page has, or null. */
    String first(String... names) {
        for (String name : names) {
            List<String> values = meta.get(name);
            if (values != null) {
                for (String v : values) {
                    if (!v.isBlank()) {
                        return v.strip();
                    }
                }
            }
        }
        return null;
    }

    List<String> all(String name) {
        return meta.getOrDefault(name, List.of());
    }

    @Override
    public void head(Node node, int depth) {
        if (!(node instanceof Element e)) {
            return;
        }
        switch (e.normalName()) {
            case "html" -> {
                if (htmlLang == null) {
                    String lang = e.attr("lang");
                    htmlLang = lang.isBlank() ? e.attr("xml:lang") : lang;
                }
            }
            case "meta" -> meta(e);
            case "link" -> {
                if (canonical == null && e.attr("rel").toLowerCase(Locale.ROOT).contains("canonical")
                        && !e.attr("href").isBlank()) {
                    canonical = e.hasAttr("href") ? e.absUrl("href") : null;
                    if (canonical == null || canonical.isEmpty()) {
                        canonical = e.attr("href").strip();
                    }
                }
            }
            case "title" -> {
                Element parent = e.parent();
                if (title == null && parent != null && parent.normalName().equals("head")) {
                    title = e.text();
                }
            }
            case "script" -> {
                if (e.attr("type").toLowerCase(Locale.ROOT).contains("ld+json")) {
                    StringBuilder sb = new StringBuilder();
                    for (Node child : e.childNodes()) {
                        if (child instanceof DataNode d) {
                            sb.append(d.getWholeData());
                        }
                    }
                    jsonLd.add(sb.toString());
                }
            }
            case "time" -> {
                if (e.hasAttr("datetime")) {
                    times.add(e);
                }
            }
            default -> { }
        }
        if (e.attributesSize() > 0) {
            String itemprop = e.attr("itemprop");
            if (itemprop.equals("datePublished") && !e.normalName().equals("meta")) {
                datePublishedElements.add(e);
            }
            if (itemprop.equals("author") || e.attr("rel").equals("author")
                    || ClassHints.matches(e.className(), BYLINE_TOKENS)) {
                authorElements.add(e);
            }
            if (dateElements.size() < MAX_DATE_ELEMENTS && ClassHints.matches(e.className(), DATE_TOKENS)) {
                dateElements.add(e);
            }
        }
    }

    private void meta(Element e) {
        String content = e.attr("content");
        if (content.isBlank()) {
            return;
        }
        for (String attr : new String[] {"property", "name", "itemprop", "http-equiv"}) {
            String key = e.attr(attr);
            if (!key.isBlank()) {
                meta.computeIfAbsent(key.strip().toLowerCase(Locale.ROOT), k -> new ArrayList<>(1)).add(content);
            }
        }
    }

    @Override
    public void tail(Node node, int depth) {
    }
}
