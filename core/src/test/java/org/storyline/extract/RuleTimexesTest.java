package org.storyline.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Values of the rule timexes; the reference date is Thursday 2 November 1989 unless a row gives another. */
class RuleTimexesTest {
    private final RuleTimexes rules = new RuleTimexes();

    @ParameterizedTest(name = "{0} -> {1} = {2}")
    @CsvSource(delimiter = '|', value = {
        // quarters named, reported and a year ago
        "Third-quarter profit rose.                                    | Third-quarter              | 1989-Q3",
        "It expects fourth-quarter sales to fall.                      | fourth-quarter             | 1989-Q4",
        "Net for the third quarter rose. In the quarter, sales fell.   | the quarter                | 1989-Q3",
        "Net in the latest quarter fell.                               | the latest quarter         | 1989-Q3",
        "Net in the current quarter will fall.                         | the current quarter        | 1989-Q4",
        "Second-quarter net rose from the year-ago quarter.            | the year-ago quarter       | 1988-Q2",
        "Year-earlier results included a gain.                         | Year-earlier               | 1988",
        "Sales for this year's first quarter were flat.                | this year's first quarter  | 1989-Q1",
        "Sales in the 1988 period were flat.                           | the 1988 period            | 1988-Q3",
        "The company had a loss in fiscal 1988.                        | fiscal 1988                | 1988",
        // days and months without a year: the last one, the next one when close ahead or cued
        "Shares were issued Aug. 6 to investors.                       | Aug. 6                     | 1989-08-06",
        "The offer expires Nov. 20 at midnight.                        | Nov. 20                    | 1989-11-20",
        "The plant will reopen on Feb. 1 after repairs.                | Feb. 1                     | 1990-02-01",
        "Prices fell in December after the crash.                      | December                   | 1989-12",
        "Sales rose in February from a year earlier.                   | February                   | 1989-02",
        "The vote was last February after a delay.                     | February                   | 1989-02",
        // weekdays: past unless cued, a cue after the weekday when it opens the sentence
        "The board met Tuesday in Dallas.                              | Tuesday                    | 1989-10-31",
        "On Tuesday, the union plans to strike again.                  | On Tuesday                 | 1989-11-07",
        "The team is to leave Nairobi on Saturday for talks.           | on Saturday                | 1989-11-04",
        // a time of day with its day, the weekend
        "Trading resumes at 10 p.m. Wednesday in Tokyo.                | 10 p.m. Wednesday          | 1989-11-01T22:00",
        "Bids are due by 5 p.m. EST, Nov. 9 this year.                 | 5 p.m. EST, Nov. 9         | 1989-11-09T17:00",
        "Talks broke down over the weekend in Paris.                   | the weekend                | 1989-W43-WE",
        "Growth slowed in recent years across the region.              | recent years               | PXY",
    })
    void valuesAgainstTheReferenceDate(String text, String expression, String value) {
        List<Timex> found = rules.find(text, LocalDate.of(1989, 11, 2));
        assertThat(found).extracting(Timex::text).contains(expression);
        assertThat(found).filteredOn(t -> t.text().equals(expression)).extracting(Timex::value).containsExactly(value);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "The 6-year-old boy was found.",
        "Smith, 52 years old, resigned.",
        "A two-month-old baby was hurt.",
    })
    void agesAreNotTimexes(String text) {
        assertThat(rules.find(text, LocalDate.of(1989, 11, 2))).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Third-quarter profit rose.      | XXXX-Q3",
        "In the quarter, sales fell.     | XXXX-QX",
        "Sales in the 1988 period fell.  | 1988",
        "The year-ago quarter was weak.  | PAST_REF",
    })
    void withoutAReferenceDateValuesStayUnderspecified(String text, String value) {
        assertThat(rules.find(text, null)).extracting(Timex::value).containsExactly(value);
    }
}
