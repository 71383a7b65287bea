package org.storyline.dates;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.Month;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.storyline.clean.CleanStage;
import org.storyline.model.Article;
import org.storyline.model.DatePrecision;
import org.storyline.model.DateSource;
import org.storyline.model.Dating;
import org.storyline.model.Origin;
import org.storyline.model.RawArticle;
import org.storyline.pipeline.Annotation;
import org.storyline.pipeline.Pipeline;

class DatingStageTest {
    private static final String BODY = "Harbour officials met the minister on Wednesday.\n\n"
            + "In November, coast guards stopped more than 4,000 boats at the strait. This month, 150 boats were"
            + " stopped daily.";
    private static final String CAPTION = "Harbour Minister Ana Ruiz, center, during a visit to the port of Calvi, on"
            + " May 27, 2023.";

    private static RawArticle raw(String text, LocalDate published) {
        return new RawArticle("a1", "Boats stopped", text, published, null, null, "en", new Origin("in.jsonl", 1));
    }

    private final Pipeline<Article, Article> pipeline =
            Pipeline.from(Set.of(Annotation.RAW), new CleanStage()).then(new DatingStage());

    @Test
    void declaresItsPlaceInThePipeline() {
        DatingStage s = new DatingStage();
        assertThat(s.name()).isEqualTo("date");
        assertThat(s.requires()).isEqualTo(Set.of(Annotation.CLEAN_TEXT));
        assertThat(s.provides()).isEqualTo(Set.of(Annotation.DATING));
    }

    @Test
    void keepsAGivenDate() {
        Article out = pipeline.apply(Article.of(raw("On March 3, 2025, the union struck.", LocalDate.of(2025, 3, 4))));
        assertThat(out.dating()).isEqualTo(Dating.given(LocalDate.of(2025, 3, 4)));
    }

    @Test
    void infersFromTheCleanedText() {
        Article out = pipeline.apply(Article.of(raw("On March 3, 2025, the union struck.\n\nLeave a Reply", null)));
        assertThat(out.dating().source()).isEqualTo(DateSource.TEXT);
        assertThat(out.dating().iso()).isEqualTo("2025-03-03");
    }

    @Test
    void usesTheDateOfACaptionThatCleaningRemoved() {
        Article out = pipeline.apply(Article.of(raw(BODY + "\n\n" + CAPTION, null)));
        assertThat(out.text()).doesNotContain("center");
        assertThat(out.dating().date()).isEqualTo(LocalDate.of(2023, 12, 1));
        assertThat(out.dating().precision()).isEqualTo(DatePrecision.MONTH);
        assertThat(out.dating().evidence()).contains("\"May 27, 2023\"");
    }

    @Test
    void leavesAMonthWithoutYearUndatedAndExposesIt() {
        Article out = pipeline.apply(Article.of(raw(BODY, null)));
        assertThat(out.dating()).isEqualTo(Dating.undated());
        TextDateResult r = new DatingStage().inferText(out);
        assertThat(r.monthWithoutYear()).isEqualTo(Month.DECEMBER);
        assertThat(new EventDating().complete(r, java.util.List.of(Dating.given(LocalDate.of(2023, 12, 27)))).iso())
                .isEqualTo("2023-12");
    }
}
