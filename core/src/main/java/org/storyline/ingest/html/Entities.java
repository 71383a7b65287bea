package org.storyline.ingest.html;

import org.jsoup.parser.Parser;

/** Decodes HTML character references left in metadata values (JSON-LD strings, doubly escaped attributes). */
final class Entities {
    private Entities() {
    }

    /** {@code value} with character references such as {@code &amp;quot;} or {@code &#8217;} decoded, twice at most. */
    static String decode(String value) {
        if (value == null) {
            return null;
        }
        String v = value;
        for (int round = 0; round < 2 && v.indexOf('&') >= 0 && v.indexOf(';') >= 0; round++) {
            v = Parser.unescapeEntities(v, false);
        }
        return v;
    }
}
