package org.storyline.clean;

import java.util.List;
import org.storyline.model.BoilerplateReason;

/**
 * A standfirst that repeats the beginning of a later paragraph near-verbatim (common when a page's summary is
 * scraped along with the body): at least 80% of its tokens appear, in order, among the first tokens of one of
 * the next 12 kept units (the first {@code n + n/4 + 2} tokens, for a line of {@code n} tokens). The repeat is
 * dropped and the later, full paragraph kept. Lines with fewer than 8 tokens are never repeats, and neither is
 * a headline-like first line (at most 14 words, no final punctuation): a title that shares words with the lede
 * is not a repeat. Runs last, so that it compares against paragraphs the other rules kept.
 */
public final class RepeatedLedeRule implements LineRule {
    private static final int MIN_TOKENS = 8;
    private static final int LOOK_AHEAD = 12;
    private static final double SHARE = 0.8;

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
