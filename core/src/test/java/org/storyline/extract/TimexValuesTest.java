package org.storyline.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class TimexValuesTest {
    @Test
    void compositeOrMissingValuesTakeAnOverlappingRuleValue() {
        List<Timex> full = List.of(
                new Timex(0, 29, "the first 11 months of 2023", TimexType.DATE, "2023 INTERSECT P11M"),
                new Timex(40, 49, "Wednesday", TimexType.DATE, "2023-12-06"),
                new Timex(60, 69, "last week", TimexType.DATE, null),
                new Timex(80, 90, "some time", TimexType.DATE, "XXXX OFFSET P1Y"));
        List<Timex> rules = List.of(
                new Timex(4, 29, "first 11 months of 2023", TimexType.DATE, "2023"),
                new Timex(40, 49, "Wednesday", TimexType.DATE, "2023-12-13"),
                new Timex(60, 69, "last week", TimexType.DATE, "2023-W48"));
        List<Timex> out = TimexValues.repaired(full, rules);
        assertThat(out).extracting(Timex::value).containsExactly("2023", "2023-12-06", "2023-W48", "XXXX OFFSET P1Y");
        assertThat(out.get(0).text()).isEqualTo("the first 11 months of 2023");
    }
}
