package org.storyline.compare;

import java.util.Objects;

/**
 * One sentence of an article: its text and its span {@code [start, end)} in the article's cleaned text
 * ({@link org.storyline.model.Article#body()}), and its position among the article's sentences.
 */
public record ArticleSentence(String articleId, int index, String text, int start, int end) {
    public ArticleSentence {
        Objects.requireNonNull(articleId, "articleId");
        Objects.requireNonNull(text, "text");
        if (start < 0 || end < start || index < 0) {
            throw new IllegalArgumentException("bad sentence span " + start + ".." + end + " #" + index);
        }
    }
}
