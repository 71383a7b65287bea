package org.storyline.dates;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.storyline.model.DatePrecision;
import org.storyline.model.DateSource;
import org.storyline.model.Dating;

class EventDatingTest {
    private static final String PINNED = "In November, more than 4,000 boats were stopped at the strait. This month"
            + " alone, up to 150 boats a day have been stopped.";
    private final EventDating eventDating = new EventDating();

    private static Dating text(int y, int m) {
        return new Dating(LocalDate.of(y, m, 1), DatePrecision.MONTH, DateSource.TEXT, "t");
    }

    @Test
    void takesTheYearFromMatesDatedInThePinnedMonth() {
        Dating d = eventDating.complete(PINNED, List.of(text(2023, 12), Dating.given(LocalDate.of(2023, 12, 27))));
        assertThat(d.source()).isEqualTo(DateSource.EVENT);
        assertThat(d.date()).isEqualTo(LocalDate.of(2023, 12, 1));
        assertThat(d.precision()).isEqualTo(DatePrecision.MONTH);
        assertThat(d.evidence()).isEqualTo(
                "month from the text (\"In November\" + \"This month\"), year 2023 from 2 articles of the same event");
    }

    @Test
    void saysArticleForOneMate() {
        assertThat(eventDating.complete(PINNED, List.of(text(2022, 12))).evidence())
                .endsWith("year 2022 from 1 article of the same event");
    }

    @Test
    void staysUndatedWhenNoMateIsInThePinnedMonth() {
        assertThat(eventDating.complete(PINNED, List.of(text(2023, 11), Dating.given(LocalDate.of(2024, 1, 2)))))
                .isEqualTo(Dating.undated());
    }

    @Test
    void ignoresMatesDatedFromEventsOrOnlyToTheYearOrUndated() {
        List<Dating> mates = List.of(
                new Dating(LocalDate.of(2023, 12, 1), DatePrecision.MONTH, DateSource.EVENT, "e"),
                new Dating(LocalDate.of(2023, 1, 1), DatePrecision.YEAR, DateSource.TEXT, "y"),
                Dating.undated());
        assertThat(eventDating.complete(PINNED, mates)).isEqualTo(Dating.undated());
    }

    @Test
    void takesTheMajorityYearAndRefusesATie() {
        assertThat(eventDating.complete(PINNED, List.of(text(2023, 12), text(2023, 12), text(2022, 12))).date())
                .isEqualTo(LocalDate.of(2023, 12, 1));
        assertThat(eventDating.complete(PINNED, List.of(text(2023, 12), text(2022, 12))))
                .isEqualTo(Dating.undated());
    }

    @Test
    void doesNotGuessTheMonthOfAnArticleWhoseTextPinsNone() {
        String noMonth = "The minister spoke on Wednesday. Arrivals hit a record in May.";
        assertThat(eventDating.complete(noMonth, List.of(text(2023, 12), text(2023, 12), text(2023, 12))))
                .isEqualTo(Dating.undated());
    }

    @Test
    void returnsTheTextDatingWhenTheTextDatesTheArticle() {
        Dating d = eventDating.complete("On March 3, 2025, the union struck.", List.of(text(2023, 12)));
        assertThat(d.source()).isEqualTo(DateSource.TEXT);
        assertThat(d.iso()).isEqualTo("2025-03-03");
    }
}
