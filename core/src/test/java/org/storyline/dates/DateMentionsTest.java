package org.storyline.dates;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.Month;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.storyline.dates.DateMention.Kind;
import org.storyline.model.DatePrecision;

class DateMentionsTest {
    private final DateMentions finder = new DateMentions();

    private DateMention only(String text) {
        List<DateMention> found = finder.find(text);
        assertThat(found).as("mentions in: %s", text).hasSize(1);
        DateMention m = found.getFirst();
        assertThat(text.substring(m.start(), m.end())).isEqualTo(m.text());
        return m;
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "The talks began on December 27, 2023, in the capital.",
        "The talks began on Dec. 27, 2023, in the capital.",
        "The talks began on 27 December 2023 in the capital.",
        "The talks began on the 27th of December, 2023 in the capital.",
        "The talks began on 2023-12-27 in the capital.",
        "The talks began on 12/27/2023 in the capital.",
        "The talks began on 27/12/2023 in the capital."
    })
    void readsFullDatesInTheirCommonForms(String text) {
        DateMention m = only(text);
        assertThat(m.kind()).isEqualTo(Kind.FULL_DATE);
        assertThat(m.date()).isEqualTo(LocalDate.of(2023, 12, 27));
        assertThat(m.precision()).isEqualTo(DatePrecision.DAY);
        assertThat(m.year()).isEqualTo(2023);
        assertThat(m.future()).isFalse();
    }

    @Test
    void readsAmbiguousSlashedDatesInUsOrder() {
        assertThat(only("It happened on 03/04/2025.").date()).isEqualTo(LocalDate.of(2025, 3, 4));
        assertThat(only("It happened on 13/04/2025.").date()).isEqualTo(LocalDate.of(2025, 4, 13));
    }

    @Test
    void ignoresImpossibleDates() {
        assertThat(finder.find("It happened on February 30, 2023 at noon.")).isEmpty();
        assertThat(finder.find("It happened on 2023-13-45.")).isEmpty();
    }

    @Test
    void readsMonthAndYear() {
        DateMention m = only("Prices peaked in December 2023 across the region.");
        assertThat(m.kind()).isEqualTo(Kind.MONTH_YEAR);
        assertThat(m.date()).isEqualTo(LocalDate.of(2023, 12, 1));
        assertThat(m.precision()).isEqualTo(DatePrecision.MONTH);
        assertThat(m.text()).isEqualTo("December 2023");
        assertThat(only("It opened in May of 2019.").date()).isEqualTo(LocalDate.of(2019, 5, 1));
        assertThat(only("It closed in the first week of March 2025.").date()).isEqualTo(LocalDate.of(2025, 3, 1));
    }

    @Test
    void readsTheFirstMonthsOfAYearAsTheMonthAfter() {
        DateMention m = only("Some 680,000 people crossed in the first 11 months of 2023.");
        assertThat(m.kind()).isEqualTo(Kind.FIRST_MONTHS);
        assertThat(m.text()).isEqualTo("the first 11 months of 2023");
        assertThat(m.date()).isEqualTo(LocalDate.of(2023, 12, 1));
        assertThat(only("Exports fell in the first six months of 2022.").date()).isEqualTo(LocalDate.of(2022, 7, 1));
        assertThat(only("Sales rose in the first 12 months of 2022.").date()).isEqualTo(LocalDate.of(2023, 1, 1));
    }

    @ParameterizedTest
    @ValueSource(strings = {"The plant closed in 2019.", "It has grown since 2019.", "At the end of 2019 it closed.",
        "The report of 2019 was late."})
    void readsAYearOnlyInADateContext(String text) {
        DateMention m = only(text);
        assertThat(m.kind()).isEqualTo(Kind.YEAR);
        assertThat(m.year()).isEqualTo(2019);
        assertThat(m.precision()).isEqualTo(DatePrecision.YEAR);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "Officials counted 2,023 migrants.",
        "Agents stopped 2023 migrants on the bridge.",
        "The castle was built in 1850.",
        "A colony is planned in 2150 on Mars.",
        "The concert is screened from 2100 GMT on Saturday.",
        "Room 2019 was empty."
    })
    void ignoresNumbersThatAreNotYears(String text) {
        assertThat(finder.find(text)).isEmpty();
    }

    @Test
    void readsMonthsWithoutYearOnlyAfterAPreposition() {
        DateMention m = only("In November, agents apprehended 191,000 migrants.");
        assertThat(m.kind()).isEqualTo(Kind.MONTH_ONLY);
        assertThat(m.month()).isEqualTo(Month.NOVEMBER);
        assertThat(m.text()).isEqualTo("In November");
        assertThat(m.date()).isNull();
        assertThat(only("Crossings hit a record in May: 132,887.").month()).isEqualTo(Month.MAY);
        assertThat(only("It has rained since mid-March.").month()).isEqualTo(Month.MARCH);
        assertThat(finder.find("Officials may act soon, and the march went on.")).isEmpty();
        assertThat(finder.find("The vote on May 27 was close.")).isEmpty();
    }

    @Test
    void readsDeicticExpressions() {
        List<DateMention> found =
                finder.find("This month, prices rose. Last week they fell; last month too. And this year?");
        assertThat(found).extracting(DateMention::kind)
                .containsExactly(Kind.THIS_MONTH, Kind.LAST_WEEK, Kind.LAST_MONTH, Kind.THIS_YEAR);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "The plan will be finished by 2030.",
        "The cap stays until early 2026.",
        "Voters go to the polls next May.",
        "The company will open a second plant in 2026.",
        "Hearings are scheduled for March 3, 2026.",
        "The bank issued notes due April 15, 1992 at par.",
        "His trial was scheduled to begin on Jan. 20, 2015, but he pleaded guilty.",
        "Growth is projected at 3.5 pct in 1988.",
        "Delivery of the first aircraft\nis scheduled for the summer of\n1990."
    })
    void marksFutureLookingExpressions(String text) {
        assertThat(finder.find(text)).isNotEmpty().allMatch(DateMention::future);
    }

    @Test
    void aCueInAnEarlierSentenceDoesNotMakeADateFuture() {
        List<DateMention> found =
                finder.find("It will rain tomorrow. In 2019 the plant closed.\n\nBy then it was over.");
        assertThat(found).hasSize(1);
        assertThat(found.getFirst().future()).isFalse();
        assertThat(finder.find("It will rain.\n\nOn March 3, 2025, the union struck.").getFirst().future()).isFalse();
    }

    @Test
    void returnsMentionsInTextOrderWithoutOverlaps() {
        String text = "In May 2019 it opened; on March 3, 2025, in the first 2 months of 2025, it grew. In June too.";
        List<DateMention> found = finder.find(text);
        assertThat(found).extracting(DateMention::kind)
                .containsExactly(Kind.MONTH_YEAR, Kind.FULL_DATE, Kind.FIRST_MONTHS, Kind.MONTH_ONLY);
        for (int i = 1; i < found.size(); i++) {
            assertThat(found.get(i).start()).isGreaterThanOrEqualTo(found.get(i - 1).end());
        }
    }
}
