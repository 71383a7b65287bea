package org.storyline.dates;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.Month;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
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
import org.storyline.testing.SeedFiles;

/**
 * Dates the project's seed articles as the pipeline will: clean, then date the cleaned text (read at test time
 * from {@code shared/datasets/seeds}; skipped when absent).
 */
class SeedDatingDatasetTest {
    private final Pipeline<Article, Article> pipeline =
            Pipeline.from(Set.of(Annotation.RAW), new CleanStage()).then(new DatingStage());
    private Path seeds;

    @BeforeEach
    void locate() {
        seeds = SeedFiles.assumeSeeds();
    }

    private Article dated(String prefix) {
        String text = SeedFiles.read(seeds, prefix);
        String id = SeedFiles.id(seeds, prefix);
        return pipeline.apply(Article.of(new RawArticle(id, null, text, null, null, null, "en",
                new Origin(id + ".txt", 0))));
    }

    @Test
    void seed001IsDecember2023FromThisMonthAndTheCaptionYear() {
        Dating d = dated("001_").dating();
        assertThat(d.iso()).isEqualTo("2023-12");
        assertThat(d.precision()).isEqualTo(DatePrecision.MONTH);
        assertThat(d.source()).isEqualTo(DateSource.TEXT);
        assertThat(d.evidence()).contains("\"In November\"", "\"This month\"", "2023");
    }

    @Test
    void seed003IsDecember2023FromTheFirstElevenMonths() {
        Dating d = dated("003_").dating();
        assertThat(d.iso()).isEqualTo("2023-12");
        assertThat(d.precision()).isEqualTo(DatePrecision.MONTH);
        assertThat(d.evidence()).isEqualTo("\"the first 11 months of 2023\"");
    }

    @Test
    void seed002PinsDecemberWithoutYearAndTheEventGivesTheYear() {
        Article a002 = dated("002_");
        assertThat(a002.dating()).isEqualTo(Dating.undated());
        TextDateResult r = new DatingStage().inferText(a002);
        assertThat(r.monthWithoutYear()).isEqualTo(Month.DECEMBER);
        assertThat(r.monthEvidence()).isEqualTo("\"In November\" + \"This month\"");

        List<Dating> mates = List.of(dated("001_").dating(), dated("003_").dating());
        Dating completed = new EventDating().complete(a002.text(), mates);
        assertThat(completed.source()).isEqualTo(DateSource.EVENT);
        assertThat(completed.date()).isEqualTo(LocalDate.of(2023, 12, 1));
        assertThat(completed.precision()).isEqualTo(DatePrecision.MONTH);
        assertThat(completed.evidence()).isEqualTo("month from the text (\"In November\" + \"This month\"), year 2023"
                + " from 2 articles of the same event");
    }

    @Test
    void seeds000And004AreUndated() {
        for (String prefix : List.of("000_", "004_")) {
            Article a = dated(prefix);
            assertThat(a.dating()).as(prefix).isEqualTo(Dating.undated());
            assertThat(new DatingStage().inferText(a).monthWithoutYear()).as(prefix).isNull();
        }
    }
}
