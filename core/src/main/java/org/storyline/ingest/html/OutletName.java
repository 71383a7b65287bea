package org.storyline.ingest.html;

import java.util.Locale;

/** Tells whether a string names the outlet: its site name, or a label of its host ("Spiegel" for spiegel.de). */
final class OutletName {
    private OutletName() {
    }

    /** True when {@code text} names the outlet called {@code site} (may be null) at {@code host} (may be null). */
    static boolean matches(String text, String site, String host) {
        return matches(text, site, host, false);
    }

    /**
     * Like {@link #matches(String, String, String)}; when {@code strict}, a text that holds the name must not be
     * much longer than it ("DER SPIEGEL", not "Kate Moss on the Vogue cover").
     */
    static boolean matches(String text, String site, String host, boolean strict) {
        String s = letters(text);
        if (s.isEmpty() || s.length() > 40) {
            return false;
        }
        if (site != null) {
            String n = letters(site);
            if (!n.isEmpty() && (s.equals(n) || n.contains(s) && s.length() >= 3 || s.contains(n) && (!strict || close(s, n)))) {
                return true;
            }
        }
        if (host != null) {
            String[] labels = host.toLowerCase(Locale.ROOT).split("\\.");
            for (int i = 0; i < labels.length - 1; i++) {
                String label = labels[i];
                if (label.length() >= 3 && !label.equals("www") && s.contains(letters(label)) && (!strict || close(s, label))) {
                    return true;
                }
            }
            return s.equals(letters(host));
        }
        return false;
    }

    /** True when {@code text} is not much longer than the name in it: "DER SPIEGEL", not "Kate Moss on the Vogue cover". */
    private static boolean close(String text, String name) {
        return text.length() <= name.length() + 10;
    }

    static String letters(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        s.codePoints().filter(Character::isLetterOrDigit).map(Character::toLowerCase).forEach(sb::appendCodePoint);
        return sb.toString();
    }
}
