package org.storyline.summarize;

import org.storyline.compare.ArticleSentence;
import org.storyline.compare.TermVector;

/** A sentence that may be selected, with its family (one vote each), its vector and its article's date. */
public record Candidate(ArticleSentence sentence, String family, TermVector vector, int words, String date) {
    public static int wordCount(String text) {
        String t = text.strip();
        return t.isEmpty() ? 0 : t.split("\\s+").length;
    }
}
