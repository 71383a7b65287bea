package org.storyline.ingest.html;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The article's title: the JSON-LD headline, the page's main heading (when it is like a metadata title), {@code
 * og:title}, {@code twitter:title} or {@code <title>}, without the outlet's name that sites add before or after it
 * ("Storm hits coast | The Daily", "…：中日新聞Web"). On extraction-fundus this order agrees with the gold title
 * more often than Open Graph first or a vote between the sources.
 */
final class TitleFinder {
    private TitleFinder() {
    }

    private static final Pattern SEPARATOR = Pattern.compile("\\s+[|\\-–—·•:»«/]\\s+|\\s+::\\s+|\\s*[｜：]\\s*");
    /** Also "Outlet: title", where the colon has no space before it. */
    private static final Pattern OUTLET_SEPARATOR = Pattern.compile(SEPARATOR.pattern() + "|:\\s+");

    static String find(PageScan scan, JsonLdArticle ld, String h1, String site, String host) {
        String[] candidates = {
            ld.headline(), h1, scan.first("og:title"), scan.first("twitter:title"), scan.first("title", "dc.title"),
            scan.title
        };
        String[] cleaned = new String[candidates.length];
        for (int i = 0; i < candidates.length; i++) {
            cleaned[i] = clean(candidates[i], site, host);
        }
        for (String title : cleaned) {
            if (title != null) {
                return shortestAgreeing(title, cleaned);
            }
        }
        return null;
    }

    /**
     * {@code title} without a leading or trailing segment ("| Sport", "Live:") when another source gives exactly
     * the rest: the segment is a section name or kicker that the other source left out.
     */
    private static String shortestAgreeing(String title, String[] others) {
        var m = SEPARATOR.matcher(title);
        while (m.find()) {
            String head = title.substring(0, m.start()).strip();
            String tail = title.substring(m.end()).strip();
            for (String other : others) {
                if (other != null && !other.isEmpty() && (other.equals(head) || other.equals(tail))) {
                    return other;
                }
            }
        }
        return title;
    }

    /** {@code title} without a leading or trailing segment naming the outlet; null when blank. */
    static String clean(String title, String site, String host) {
        if (title == null) {
            return null;
        }
        String t = Entities.decode(title).replace('\u00a0', ' ').replaceAll("\\s+", " ").strip();
        if (t.isEmpty()) {
            return null;
        }
        for (int round = 0; round < 2; round++) {
            var m = OUTLET_SEPARATOR.matcher(t);
            int firstStart = -1;
            int firstEnd = -1;
            int lastStart = -1;
            int lastEnd = -1;
            while (m.find()) {
                if (firstStart < 0) {
                    firstStart = m.start();
                    firstEnd = m.end();
                }
                lastStart = m.start();
                lastEnd = m.end();
            }
            if (lastStart < 0) {
                break;
            }
            String tail = t.substring(lastEnd);
            String head = t.substring(0, firstStart);
            if (OutletName.matches(tail, site, host, false)) {
                t = t.substring(0, lastStart).strip();
            } else if (OutletName.matches(head, site, host, true)) {
                t = t.substring(firstEnd).strip();
            } else {
                break;
            }
        }
        return t.isEmpty() ? null : t;
    }

}
