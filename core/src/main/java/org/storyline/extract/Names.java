package org.storyline.extract;

import java.util.Locale;
import org.storyline.text.Folding;

/** Name normalization shared by the extractors and the resolver: accent folding, possessives, case. */
final class Names {

    private Names() {}

    /** The name without accents: "López" → "Lopez". */
    static String fold(String s) {
        return Folding.stripAccents(s);
    }

    /** Folded, lower-cased, without a possessive "'s" and without dots ("U.S." → "us"). */
    static String key(String s) {
        String k = fold(s).toLowerCase(Locale.ROOT).replace('’', '\'');
        if (k.endsWith("'s")) {
            k = k.substring(0, k.length() - 2);
        } else if (k.endsWith("'")) {
            k = k.substring(0, k.length() - 1);
        }
        return k.replace(".", "").strip();
    }

    /** Length of the possessive ending ("'s", "’s", "s'") of a word, or 0. */
    static int possessiveLength(CharSequence text, int start, int end) {
        if (end - start > 2) {
            char a = text.charAt(end - 2);
            char b = text.charAt(end - 1);
            if ((a == '\'' || a == '’') && (b == 's' || b == 'S')) {
                return 2;
            }
        }
        return 0;
    }
}
