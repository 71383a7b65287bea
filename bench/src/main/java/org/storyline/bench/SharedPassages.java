package org.storyline.bench;

import java.net.URI;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import org.storyline.dedupe.ContentHashStage;

/**
 * Tells which reports of one event can count as independent: they come from different outlets (URL hosts) and share
 * no verbatim passage (no common run of {@code n} normalized words). The best proxy available for "not two versions
 * of one wire story" when the gold only says "same event".
 */
final class SharedPassages {
    private SharedPassages() {}

    /** The outlet of a URL: its host without a leading {@code www.}, lower case; null when there is none. */
    static String host(String url) {
        if (url == null || url.isBlank()) {
            return null;
        }
        try {
            String h = URI.create(url.strip().replace(" ", "%20")).getHost();
            if (h == null) {
                return null;
            }
            h = h.toLowerCase(Locale.ROOT);
            return h.startsWith("www.") ? h.substring(4) : h;
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** Whether the two texts share a run of {@code n} consecutive words (case, accents, punctuation ignored). */
    static boolean shareRun(String a, String b, int n) {
        if (n < 1) {
            throw new IllegalArgumentException("n must be >= 1, got " + n);
        }
        Set<String> grams = grams(a, n);
        for (String g : grams(b, n)) {
            if (grams.contains(g)) {
                return true;
            }
        }
        return false;
    }

    private static Set<String> grams(String text, int n) {
        String norm = ContentHashStage.normalize(text == null ? "" : text);
        String[] w = norm.isEmpty() ? new String[0] : norm.split(" ");
        Set<String> out = new HashSet<>();
        for (int i = 0; i + n <= w.length; i++) {
            out.add(String.join(" ", java.util.Arrays.asList(w).subList(i, i + n)));
        }
        return out;
    }
}
