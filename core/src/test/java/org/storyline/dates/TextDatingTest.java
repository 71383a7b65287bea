package org.storyline.dates;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.Month;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.storyline.model.DatePrecision;
import org.storyline.model.DateSource;
import org.storyline.model.Dating;

class TextDatingTest {
    private final TextDating dating = new TextDating();

    @Test
    void thisMonthAfterAPastMonthWithAYearElsewhereGivesTheNextMonth() {
        TextDateResult r = dating.infer("Mayor Varnhagen spoke, center, on May 27, 2023. In November, agents counted "
                + "191,000 crossings. This month, 10,000 a day were stopped.");
        assertThat(r.dating().date()).isEqualTo(LocalDate.of(2023, 12, 1));
        assertThat(r.dating().precision()).isEqualTo(DatePrecision.MONTH);
        assertThat(r.dating().source()).isEqualTo(DateSource.TEXT);
        assertThat(r.dating().evidence()).contains("In November").contains("This month").contains("2023");
    }

    @Test
    void firstMonthsOfAYearBoundTheMonthAfter() {
        Dating d = dating.infer("Some 680,000 people crossed in the first 11 months of 2023, officials said.").dating();
        assertThat(d.iso()).isEqualTo("2023-12");
    }

    @Test
    void monthWithoutAnyYearIsLeftForTheEvent() {
        TextDateResult r = dating.infer("In November, more than 191,000 were stopped. This month alone, 10,000 a day.");
        assertThat(r.dating().isDated()).isFalse();
        assertThat(r.monthWithoutYear()).isEqualTo(Month.DECEMBER);
        assertThat(EventDating.complete("In November, more than 191,000 were stopped. This month alone, 10,000 a day.",
                List.of(new Dating(LocalDate.of(2023, 12, 1), DatePrecision.MONTH, DateSource.TEXT, "x"),
                        Dating.given(LocalDate.of(2023, 12, 21)))).iso()).isEqualTo("2023-12");
    }

    @Test
    void noYearNoDate() {
        assertThat(dating.infer("On Wednesday the talks went on. Apprehensions hit a record in May: 132,887.").dating()
                .isDated()).isFalse();
        assertThat(dating.infer("Arrivals rose in June, and the trend continued in July.").monthWithoutYear()).isNull();
        assertThat(EventDating.complete("Arrivals rose in June.", List.of(Dating.given(LocalDate.of(2021, 6, 3))))
                .isDated()).as("no month evidence of its own: nothing borrowed").isFalse();
    }

    @Test
    void fullDatesAndFutureReferences() {
        assertThat(dating.infer("On March 3, 2025, the union said pilots would strike.").dating().iso())
                .isEqualTo("2025-03-03");
        assertThat(dating.infer("The plan will be finished by 2030.").dating().isDated()).isFalse();
        assertThat(dating.infer("Talks on 3 March 2025 failed; a vote is scheduled for April 2026.").dating().iso())
                .isEqualTo("2025-03-03");
        assertThat(dating.infer("It was February 30, 2023 in the story.").dating().isDated()).isFalse();
        assertThat(dating.infer("The museum, founded in 1642, was robbed.").dating().iso()).isNull();
    }
}
