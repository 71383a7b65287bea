package org.storyline.text;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/** Accent folding for comparing names and words across sources: "López" and "Lopez" meet. */
public final class Folding {
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");

    private Folding() {}

    /** The text without diacritics, case kept: "López" → "Lopez" (ASCII text is returned as it is). */
    public static String stripAccents(String s) {
        for (int k = 0; k < s.length(); k++) {
            if (s.charAt(k) >= 0x80) {
                return MARKS.matcher(Normalizer.normalize(s, Normalizer.Form.NFD)).replaceAll("");
            }
        }
        return s;
    }

    /** Lower case without diacritics: "López" → "lopez". */
    public static String fold(String s) {
        return stripAccents(s).toLowerCase(Locale.ROOT);
    }
}
