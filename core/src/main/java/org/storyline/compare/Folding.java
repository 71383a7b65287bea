package org.storyline.compare;

import java.text.Normalizer;
import java.util.Locale;

/** Lower case without diacritics ("López" → "lopez"), for comparing names and words across sources. */
final class Folding {
    private Folding() {}

    static String fold(String s) {
        return Normalizer.normalize(s, Normalizer.Form.NFD).replaceAll("\\p{M}+", "").toLowerCase(Locale.ROOT);
    }
}
