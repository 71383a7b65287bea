package org.storyline.dates;

import java.util.Objects;
import java.util.Set;
import org.storyline.model.Article;
import org.storyline.model.BoilerplateReason;
import org.storyline.model.DateSource;
import org.storyline.model.RemovedSpan;
import org.storyline.pipeline.Annotation;
import org.storyline.pipeline.Stage;

/**
 * Pipeline stage "date": keeps a date the input gave ({@link DateSource#GIVEN}); otherwise infers one from the
 * article's text with {@link TextDating}.
 *
 * <p>The text dated is the cleaned body plus the photo captions that cleaning removed (reason
 * {@link BoilerplateReason#CAPTION}): a caption is not part of the report, but the date it gives ("… in Mexico
 * City, on May 27, 2023.") is the date of a picture taken at or before publication, so it is valid evidence for
 * the lower bound. Other removed boilerplate (appeals, newsletters, comment forms) is not used.
 *
 * <p>When the text pins only a month without a year, the article stays undated here; {@link #inferText(Article)}
 * exposes that month so that the event-level step can complete it with {@link EventDating}.
 */
public final class DatingStage implements Stage<Article, Article> {
    private final TextDating dating;

    public DatingStage() {
        this(new TextDating());
    }

    public DatingStage(TextDating dating) {
        this.dating = Objects.requireNonNull(dating, "dating");
    }

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
        if (article.dating() != null && article.dating().isDated() && article.dating().source() == DateSource.GIVEN) {
            return article;
        }
        return article.withDating(inferText(article).dating());
    }

    /** What the article's text (cleaned body plus removed captions) says about its date. */
    public TextDateResult inferText(Article article) {
        return dating.infer(datingText(article));
    }

    /** The cleaned body followed by the captions that cleaning removed, one paragraph each. */
    public static String datingText(Article article) {
        StringBuilder sb = new StringBuilder(article.body());
        if (article.removed() != null) {
            for (RemovedSpan r : article.removed()) {
                if (r.reason() == BoilerplateReason.CAPTION) {
                    sb.append("\n\n").append(r.text());
                }
            }
        }
        return sb.toString();
    }
}
