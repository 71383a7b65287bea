package org.storyline.clean;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds sentences glued together without a space, {@code "…makes all the difference.Senior members of…"}: two
 * lowercase letters, a sentence end ({@code . ! ?}, optionally a closing quote or parenthesis), then an
 * uppercase letter followed by a lowercase one. Abbreviations such as "U.S.The" or "a.m.The" do not match (one
 * letter before the period). The parts are classified separately by the rules; when no part is boilerplate the
 * line is kept whole, exactly as it was.
 */
public final class GluedSentenceSplitter {
    private static final Pattern GLUE = Pattern.compile("(?<=\\p{Ll}\\p{Ll}[.!?][\"\u201D\u2019)]?)(?=\\p{Lu}(?:\\p{Ll}|\\s))");

    /** Part boundaries as {@code [start, end)} pairs relative to {@code text}; one pair when there is no glue. */
    public List<int[]> split(String text) {
        List<int[]> parts = new ArrayList<>();
        Matcher m = GLUE.matcher(text);
        int from = 0;
        while (m.find()) {
            if (m.start() > from) {
                parts.add(new int[] {from, m.start()});
                from = m.start();
            }
        }
        parts.add(new int[] {from, text.length()});
        return parts;
    }
}
