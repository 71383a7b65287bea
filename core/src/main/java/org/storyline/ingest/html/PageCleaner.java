package org.storyline.ingest.html;

import java.util.Locale;
import org.jsoup.nodes.Comment;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

/**
 * Removes what can never be article text before the page is flattened: scripts, styles, form controls, media and
 * comments. Also tells which elements are hidden from readers ({@code hidden}, {@code aria-hidden},
 * {@code display:none}, screen-reader-only classes); those are not removed, because some pages stream their
 * article into a hidden element that a script reveals.
 */
final class PageCleaner implements NodeFilter {
    static final PageCleaner INSTANCE = new PageCleaner();

    private PageCleaner() {
    }

    static void clean(Element root) {
        NodeTraversor.filter(INSTANCE, root);
    }

    @Override
    public FilterResult head(Node node, int depth) {
        if (node instanceof Comment) {
            return FilterResult.REMOVE;
        }
        if (node instanceof Element e) {
            if (Tags.JUNK.contains(e.normalName())) {
                return FilterResult.REMOVE;
            }
        }
        return FilterResult.CONTINUE;
    }

    static boolean hidden(Element e) {
        if (e.attributesSize() == 0) {
            return false;
        }
        if (e.hasAttr("hidden") || "true".equalsIgnoreCase(e.attr("aria-hidden"))) {
            return true;
        }
        String style = e.attr("style");
        if (!style.isEmpty()) {
            String s = style.toLowerCase(Locale.ROOT).replace(" ", "");
            if (s.contains("display:none") || s.contains("visibility:hidden")) {
                return true;
            }
        }
        String cls = e.className();
        if (!cls.isEmpty()) {
            String c = cls.toLowerCase(Locale.ROOT);
            return c.contains("sr-only") || c.contains("visually-hidden") || c.contains("visuallyhidden")
                    || c.contains("screen-reader") || c.contains("screenreader");
        }
        return false;
    }
}
