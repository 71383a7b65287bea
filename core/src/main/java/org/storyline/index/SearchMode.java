package org.storyline.index;

import java.util.Locale;

/** How a query is matched. */
public enum SearchMode {
    /** BM25 over title and cleaned text. */
    TEXT,
    /** Nearest neighbours of the query's embedding among the articles' leads. */
    SEMANTIC,
    /** Both, fused by reciprocal rank. */
    HYBRID;

    /** The name used in URLs: lower case. */
    public String param() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The mode with this URL name (case-insensitive); fails with the accepted names otherwise. */
    public static SearchMode parse(String s) {
        for (SearchMode m : values()) {
            if (m.param().equalsIgnoreCase(s.strip())) {
                return m;
            }
        }
        throw new IllegalArgumentException("unknown search mode '" + s + "' (expected text, semantic or hybrid)");
    }
}
