package org.storyline.compare;

/** A sentence that supports an item: its article, family, text, span in the article's cleaned text, and the mention. */
public record Evidence(String article, String family, String sentence, int start, int end, String mention) {
    static Evidence of(Fact f, String family) {
        ArticleSentence s = f.sentence();
        return new Evidence(s.articleId(), family, s.text(), s.start(), s.end(), f.text());
    }

    static Evidence of(ArticleSentence s, String family) {
        return new Evidence(s.articleId(), family, s.text(), s.start(), s.end(), null);
    }
}
