package org.storyline.dates;

import java.util.Set;
import org.storyline.model.Article;
import org.storyline.model.DateSource;
import org.storyline.pipeline.Annotation;
import org.storyline.pipeline.Stage;

/** Keeps a given date, else infers the article's date from its original text (captions and datelines that cleaning removes are evidence too) ({@link TextDating}). */
public final class DatingStage implements Stage<Article, Article> {
    private final TextDating dating = new TextDating();

    @Override
    public String name() {
        return "date";
    }

    @Override
    public Set<Annotation> requires() {
        return Set.of(Annotation.CLEAN_TEXT);
    }

    @Override
    public Set<Annotation> provides() {
        return Set.of(Annotation.DATING);
    }

    @Override
    public Article apply(Article article) {
        if (article.dating() != null && article.dating().source() == DateSource.GIVEN) {
            return article;
        }
        return article.withDating(dating.infer(article.original()).dating());
    }
}
