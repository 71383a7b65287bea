package org.storyline.clean;

import java.util.Objects;
import java.util.Set;
import org.storyline.model.Article;
import org.storyline.pipeline.Annotation;
import org.storyline.pipeline.Stage;

/** Pipeline stage "clean": cleans {@link Article#original()} with a {@link TextCleaner}. */
public final class CleanStage implements Stage<Article, Article> {
    private final TextCleaner cleaner;

    public CleanStage() {
        this(new TextCleaner());
    }

    public CleanStage(TextCleaner cleaner) {
        this.cleaner = Objects.requireNonNull(cleaner, "cleaner");
    }

    @Override
    public String name() {
        return "clean";
    }

    @Override
    public Set<Annotation> requires() {
        return Set.of(Annotation.RAW);
    }

    @Override
    public Set<Annotation> provides() {
        return Set.of(Annotation.CLEAN_TEXT);
    }

    @Override
    public Article apply(Article article) {
        return article.withClean(cleaner.clean(article.original()));
    }
}
