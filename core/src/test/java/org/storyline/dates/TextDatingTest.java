package org.storyline.dates;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.Month;
import org.junit.jupiter.api.Test;
import org.storyline.model.DatePrecision;
import org.storyline.model.DateSource;
import org.storyline.model.Dating;

class TextDatingTest {
    private final TextDating dating = new TextDating();

    private static void assertDated(TextDateResult r, LocalDate date, DatePrecision precision) {
        assertThat(r.dating().date()).isEqualTo(date);
        assertThat(r.dating().precision()).isEqualTo(precision);
        assertThat(r.dating().source()).isEqualTo(DateSource.TEXT);
        assertThat(r.monthWithoutYear()).isNull();
        assertThat(r.monthEvidence()).isNull();
    }

    private static void assertUndated(TextDateResult r) {
        assertThat(r.dating()).isEqualTo(Dating.undated());
    }

    @Test
    void lastMonthsFiguresNextToThisMonthsPinTheMonthAndACaptionGivesTheYear() {
        String text = "Harbour officials met the minister on Wednesday.\n\n"
                + "In November, coast guards stopped more than 4,000 boats at the strait. This month, 150 boats were"
                + " stopped daily.\n\n"
                + "Harbour Minister Ana Ruiz, center, during a visit to the port of Calvi, on May 27, 2023.";
        TextDateResult r = dating.infer(text);
        assertDated(r, LocalDate.of(2023, 12, 1), DatePrecision.MONTH);
        assertThat(r.dating().iso()).isEqualTo("2023-12");
        assertThat(r.dating().evidence())
                .isEqualTo("\"In November\" + \"This month\" + year 2023 from \"May 27, 2023\"");
    }

    @Test
    void theFirstMonthsOfAYearDateTheArticleToTheMonthAfter() {
        TextDateResult r = dating.infer("The agency said 680,000 travellers passed through in the first 11 months of"
                + " 2023. This week, more arrived.");
        assertDated(r, LocalDate.of(2023, 12, 1), DatePrecision.MONTH);
        assertThat(r.dating().evidence()).isEqualTo("\"the first 11 months of 2023\"");
    }

    @Test
    void aPinnedMonthWithoutAnyYearIsReturnedApart() {
        TextDateResult r = dating.infer("Last week, the minister spoke with his counterpart. In November, more than"
                + " 4,000 boats were stopped at the strait. This month alone, up to 150 boats a day have been"
                + " stopped.");
        assertUndated(r);
        assertThat(r.monthWithoutYear()).isEqualTo(Month.DECEMBER);
        assertThat(r.monthEvidence()).isEqualTo("\"In November\" + \"This month\"");
    }

    @Test
    void aWeekdayAndABarePastMonthPinNothing() {
        TextDateResult r = dating.infer("The ministry announced on Wednesday that arrests hit a record in May: 4,210.");
        assertUndated(r);
        assertThat(r.monthWithoutYear()).isNull();
        assertThat(r.monthEvidence()).isNull();
    }

    @Test
    void twoBareMonthsPinNothing() {
        TextDateResult r = dating.infer("Arrivals rose in June. The trend continued in July despite the heat.");
        assertUndated(r);
        assertThat(r.monthWithoutYear()).isNull();
    }

    @Test
    void aFullDateGivesTheDay() {
        TextDateResult r = dating.infer("On March 3, 2025, the union said the strike would go on.");
        assertDated(r, LocalDate.of(2025, 3, 3), DatePrecision.DAY);
        assertThat(r.dating().evidence()).isEqualTo("\"March 3, 2025\"");
    }

    @Test
    void aFutureYearAloneIsNoEvidence() {
        assertUndated(dating.infer("The plan will be finished by 2030."));
        assertThat(dating.infer("The plan will be finished by 2030.").monthWithoutYear()).isNull();
    }

    @Test
    void theLatestPastDateWins() {
        assertDated(dating.infer("The plant opened in May 2019. On March 3, 2025, it closed."),
                LocalDate.of(2025, 3, 3), DatePrecision.DAY);
        assertDated(dating.infer("On March 3, 2025, it closed. Sales had fallen in April 2025."),
                LocalDate.of(2025, 4, 1), DatePrecision.MONTH);
    }

    @Test
    void onTheSameFirstDayTheFinerPrecisionWins() {
        assertDated(dating.infer("Prices rose in March 2025. On March 1, 2025, the bank acted."),
                LocalDate.of(2025, 3, 1), DatePrecision.DAY);
    }

    @Test
    void aYearAloneCountsWhenNothingFinerIsAsLate() {
        assertDated(dating.infer("The plant has been idle since 2019."), LocalDate.of(2019, 1, 1), DatePrecision.YEAR);
        assertDated(dating.infer("It opened on May 3, 2023. Losses grew in 2024."),
                LocalDate.of(2024, 1, 1), DatePrecision.YEAR);
        assertDated(dating.infer("It opened on May 3, 2023. Losses grew in 2023."),
                LocalDate.of(2023, 5, 3), DatePrecision.DAY);
    }

    @Test
    void futureDatesDoNotRaiseTheBound() {
        TextDateResult r = dating.infer("On March 3, 2025, the union said the plant will close by December 2026."
                + " A vote is scheduled for June 5, 2026.");
        assertDated(r, LocalDate.of(2025, 3, 3), DatePrecision.DAY);
    }

    @Test
    void aPinnedDecemberRollsOverToJanuaryOfTheNextYear() {
        TextDateResult r = dating.infer("Sales rose in 2023. In December, sales fell 4%. This month, shops reopened.");
        assertDated(r, LocalDate.of(2024, 1, 1), DatePrecision.MONTH);
        assertThat(r.dating().evidence()).isEqualTo("\"In December\" + \"This month\" + year 2023 from \"in 2023\"");
    }

    @Test
    void thePinNeedsThePastMonthRightBeforeThisMonth() {
        String far = "In November, 4,000 boats were stopped. The navy sent ships. Fishermen protested. Ports closed."
                + " This month, 150 boats were stopped daily.";
        assertThat(dating.infer(far).monthWithoutYear()).isNull();
        String lastYear = "Last November, 4,000 boats were stopped. This month, 150 boats were stopped daily.";
        assertThat(dating.infer(lastYear).monthWithoutYear()).isNull();
        String notPast = "In November, elections are due. This month, parties campaign.";
        assertThat(dating.infer(notPast).monthWithoutYear()).isNull();
    }

    @Test
    void thePinIsRefusedWhenTheMonthIsGivenWithAnExplicitDate() {
        TextDateResult r = dating.infer("In November, 4,000 boats were stopped. This month, 150 boats were stopped"
                + " daily, the navy said on November 5, 2023.");
        assertDated(r, LocalDate.of(2023, 11, 5), DatePrecision.DAY);
    }

    @Test
    void emptyTextIsUndated() {
        assertThat(dating.infer("")).isEqualTo(TextDateResult.undated());
    }
}
