package org.storyline.ingest.html;

import java.util.List;
import org.jsoup.nodes.Element;

/**
 * The article's authors: JSON-LD {@code author}, else author {@code <meta>} tags, else the visible byline
 * ({@code rel=author}, {@code itemprop=author}, elements classed {@code author} or {@code byline}). When the
 * metadata names only the newsroom (an organisation, or the outlet's own name), a visible byline with persons
 * wins.
 */
final class AuthorFinder {
    private AuthorFinder() {
    }

    private static final String[] META = {"author", "article:author", "parsely-author", "sailthru.author",
        "dc.creator", "dcterms.creator", "byl", "citation_author"};
    private static final int MAX_BYLINE = 200;

    static List<String> find(PageScan scan, JsonLdArticle ld, String site, String host) {
        List<String> names = AuthorNames.split(ld.authors());
        boolean newsroom = !names.isEmpty() && (ld.authorsAreOrganizations() || allOutlet(names, site, host));
        if (names.isEmpty()) {
            for (String name : META) {
                names = AuthorNames.split(scan.all(name));
                if (!names.isEmpty()) {
                    newsroom = allOutlet(names, site, host);
                    break;
                }
            }
        }
        if (names.isEmpty() || newsroom) {
            List<String> byline = byline(scan);
            if (!byline.isEmpty() && !allOutlet(byline, site, host)) {
                return byline;
            }
        }
        return names;
    }

    /** The names in the first visible byline, and in the author elements next to it. */
    private static List<String> byline(PageScan scan) {
        Element first = null;
        java.util.List<String> texts = new java.util.ArrayList<>();
        for (Element e : scan.authorElements) {
            if (first != null && !near(first, e)) {
                continue;
            }
            if (inFurniture(e)) {
                continue;
            }
            Element nameElement = e.selectFirst("[itemprop=name]");
            String text = nameElement != null ? nameElement.text() : e.text();
            if (text.isBlank() || text.length() > MAX_BYLINE || AuthorNames.split(text).isEmpty()) {
                continue;
            }
            if (first == null) {
                first = e;
            }
            texts.add(text);
        }
        return AuthorNames.split(texts);
    }

    /** True when {@code e} is inside or next to {@code first}: the same byline, or a sibling author element. */
    private static boolean near(Element first, Element e) {
        Element parent = first.parent();
        Element grandparent = parent == null ? null : parent.parent();
        for (Element p = e.parent(); p != null; p = p.parent()) {
            if (p == first || p == parent || p == grandparent) {
                return true;
            }
        }
        return false;
    }

    private static boolean inFurniture(Element e) {
        int depth = 0;
        for (Element p = e; p != null && depth < 12; p = p.parent(), depth++) {
            String tag = p.normalName();
            if (tag.equals("form") || tag.equals("footer") || tag.equals("aside") || tag.equals("li")
                    && ClassHints.negative(p) || p.className().contains("comment")) {
                return true;
            }
        }
        return false;
    }

    private static boolean allOutlet(List<String> names, String site, String host) {
        for (String name : names) {
            if (!OutletName.matches(name, site, host)) {
                return false;
            }
        }
        return true;
    }
}
