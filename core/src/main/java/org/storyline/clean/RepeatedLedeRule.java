package org.storyline.clean;

import java.util.List;
import org.storyline.model.BoilerplateReason;

/**
 * A standfirst that repeats the beginning of a later paragraph near-verbatim (common when a page's summary is
 * scraped along with the body, or a paragraph is scraped twice). The repeat is dropped and the later, full
 * paragraph kept. A line is such a repeat when
 * <ul>
 *   <li>it has at least 8 tokens,</li>
 *   <li>one of the next 12 kept units starts with the same 4 tokens, and</li>
 *   <li>at least 80% of its tokens appear, in order, among the first {@code n + n/4 + 2} tokens of that unit (for
 *       a line of {@code n} tokens).</li>
 * </ul>
 * Similar lines of a list ("- Jane Roe, Variety: Film - …" / "- John Doe, Empire: Film - …") do not start alike
 * and are kept. A headline-like first line (at most 14 words, no final punctuation) is never a repeat: a title
 * that shares its words with the lede is a title. Runs last, so that it compares against the paragraphs the
 * other rules kept.
 */
public final class RepeatedLedeRule implements LineRule {
    private static final int MIN_TOKENS = 8;
    private static final int LOOK_AHEAD = 12;
    private static final double SHARE = 0.8;
    private static final int SAME_START = 4;

    @Override
    public BoilerplateReason reason() {
        return BoilerplateReason.REPEATED_LEDE;
    }

    @Override
    public boolean isBoilerplate(Line line, LineContext context) {
        List<String> tokens = Texts.tokens(line.text());
        if (tokens.size() < MIN_TOKENS || looksLikeHeadline(line)) {
            return false;
        }
        List<Line> all = context.lines();
        int end = Math.min(all.size(), line.index() + 1 + LOOK_AHEAD);
        for (int j = line.index() + 1; j < end; j++) {
            if (context.isRemoved(j)) {
                continue;
            }
            List<String> later = Texts.tokens(all.get(j).text());
            if (later.size() < SAME_START || !later.subList(0, SAME_START).equals(tokens.subList(0, SAME_START))) {
                continue;
            }
            List<String> window = later.subList(0, Math.min(later.size(), tokens.size() + tokens.size() / 4 + 2));
            if (Texts.lcs(tokens, window) >= SHARE * tokens.size()) {
                return true;
            }
        }
        return false;
    }

    private static boolean looksLikeHeadline(Line line) {
        String t = line.text();
        char last = t.charAt(t.length() - 1);
        return line.lineNumber() == 0 && line.wordCount() <= 14 && ".!?:\u201D\"".indexOf(last) < 0;
    }
}
