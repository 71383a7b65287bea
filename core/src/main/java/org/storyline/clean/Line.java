package org.storyline.clean;

import java.util.Objects;

/**
 * One unit of text that the {@link LineRule}s classify: a non-blank line of the original, trimmed, or (when
 * a boilerplate sentence is glued to a reporting one, {@code "…difference.Senior members…"}) one part of such
 * a line. {@code [start, end)} is the unit's span in the original text, and {@code text} is exactly
 * {@code original.substring(start, end)}.
 *
 * @param index      position of this unit among all units of the text (0-based)
 * @param lineNumber position of the line it comes from among the non-blank lines of the original (0-based)
 * @param paragraph  index of its paragraph (paragraphs are separated by blank lines)
 * @param part       which part of its line it is (0 for a whole line)
 * @param parts      how many parts its line was split into (1 for a whole line)
 */
public record Line(int index, int lineNumber, int paragraph, int part, int parts, int start, int end, String text) {

    public Line {
        Objects.requireNonNull(text, "text");
        if (start < 0 || end < start || end - start != text.length()) {
            throw new IllegalArgumentException("bad line span [" + start + ", " + end + ") for " + text.length()
                    + " characters");
        }
        if (part < 0 || parts < 1 || part >= parts) {
            throw new IllegalArgumentException("bad part " + part + " of " + parts);
        }
    }

    /** True when the unit is a whole line of the original, not a part of a glued line. */
    public boolean isWholeLine() {
        return parts == 1;
    }

    /** Number of whitespace-separated words. */
    public int wordCount() {
        return Texts.wordCount(text);
    }
}
