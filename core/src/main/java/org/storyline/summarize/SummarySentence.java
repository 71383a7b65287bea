package org.storyline.summarize;

import java.util.Objects;

/**
 * A sentence of a summary, cited to its article: {@code [start, end)} are offsets into that article's cleaned
 * text, where {@code text} is found exactly; {@code date} is the article's (or event's) ISO date, or null.
 */
public record SummarySentence(String text, String article, int start, int end, String date) {
    public SummarySentence {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(article, "article");
    }
}
