package org.storyline.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class TimexValuesTest {
    @Test
    void aYearAgoInAQuarterlyReportIsThatQuarterOfLastYear() {
        String t = "Third-quarter net income rose 12% to $5 million from $4.4 million a year earlier. Sales were "
                + "flat. Separately, the company was founded a year ago.";
        java.time.LocalDate dct = java.time.LocalDate.of(1989, 11, 2);
        int a = t.indexOf("a year earlier");
        int b = t.indexOf("a year ago");
        List<Timex> in = List.of(new Timex(a, a + 14, "a year earlier", TimexType.DATE, "1988"),
                new Timex(b, b + 10, "a year ago", TimexType.DATE, "1988"));
        List<Timex> out = TimexValues.quarterly(t, in, dct);
        assertThat(out.get(0).value()).isEqualTo("1988-Q3");
        // "Third-quarter" is more than 250 characters before the second: no quarter context, the year stays
        String far = t.replace("Sales were flat.", "x".repeat(300) + ".");
        int c = far.indexOf("a year ago");
        assertThat(TimexValues.quarterly(far, List.of(new Timex(c, c + 10, "a year ago", TimexType.DATE, "1988")),
                dct).get(0).value()).isEqualTo("1988");
        assertThat(TimexValues.quarterly(t, in, null)).isEqualTo(in);
    }
}
