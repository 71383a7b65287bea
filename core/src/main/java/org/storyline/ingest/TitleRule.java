package org.storyline.ingest;

/**
 * Splits a plain-text article into title and text, the rule the project's datasets use: the first non-empty
 * line is the title when it looks like a headline, a single line of at most {@value #MAX_WORDS} words that
 * does not end in {@code . : , ;} and is followed by more non-empty text. That line is then removed from the
 * text. Otherwise there is no title and the text is everything. The text is always trimmed.
 */
final class TitleRule {
    static final int MAX_WORDS = 20;

    /** Title (null when there is none) and trimmed text. */
    record Split(String title, String text) {
    }

    private TitleRule() {
    }

    static Split split(String content) {
        int start = 0;
        while (start <= content.length()) {
            int newline = content.indexOf('\n', start);
            int end = newline < 0 ? content.length() : newline;
            String line = content.substring(start, end).strip();
            if (!line.isEmpty()) {
                String rest = newline < 0 ? "" : content.substring(newline + 1).strip();
                return looksLikeHeadline(line) && !rest.isEmpty()
                        ? new Split(line, rest)
                        : new Split(null, content.strip());
            }
            if (newline < 0) {
                break;
            }
            start = newline + 1;
        }
        return new Split(null, content.strip());
    }

    /** A stripped, non-empty line of at most {@value #MAX_WORDS} words that does not end like a sentence or a lead-in. */
    static boolean looksLikeHeadline(String line) {
        char last = line.charAt(line.length() - 1);
        return last != '.' && last != ':' && last != ',' && last != ';' && words(line) <= MAX_WORDS;
    }

    private static int words(String line) {
        int words = 0;
        boolean inWord = false;
        for (int i = 0; i < line.length(); i++) {
            boolean space = Character.isWhitespace(line.charAt(i));
            if (!space && !inWord) {
                words++;
            }
            inWord = !space;
        }
        return words;
    }
}
