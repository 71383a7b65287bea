package org.storyline.extract;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Context repairs of timex values. In a report on a quarter ("third-quarter profit rose 5% from a year earlier"), a
 * year-ago expression means the same quarter a year before ({@link #quarterly}), as TimeML annotates it.
 */
final class TimexValues {
    private TimexValues() {
    }

    private static final Pattern YEAR_AGO = Pattern.compile(
            "(?i)^(?:a year (?:ago|earlier|before)|the previous year|the prior year|a year|"
                    + "year-?(?:ago|earlier))$");
    private static final Pattern QUARTER = Pattern.compile("(?i)\\b(?:(first|second|third|fourth)[- ])?quarter\\b");

    /**
     * Year-ago expressions valued as last year become that year's quarter when the text just before them (same or
     * previous sentence, 250 characters) speaks of a quarter: the named one ("the third quarter") or else the
     * quarter before the reference date's.
     */
    static List<Timex> quarterly(String text, List<Timex> timexes, LocalDate ref) {
        if (ref == null) {
            return timexes;
        }
        String lastYear = String.valueOf(ref.getYear() - 1);
        List<Timex> out = new ArrayList<>(timexes.size());
        for (Timex t : timexes) {
            String v = t.value();
            if (t.type() == TimexType.DATE && v != null && (v.equals(lastYear) || v.equals("P1Y"))
                    && YEAR_AGO.matcher(t.text().strip()).matches()) {
                Matcher m = QUARTER.matcher(text).region(Math.max(0, t.start() - 250), t.start());
                String ordinal = null;
                boolean any = false;
                while (m.find()) {
                    any = true;
                    ordinal = m.group(1) != null ? m.group(1) : ordinal;
                }
                if (any) {
                    int q = ordinal == null ? (ref.minusMonths(3).getMonthValue() - 1) / 3 + 1
                            : List.of("first", "second", "third", "fourth").indexOf(ordinal.toLowerCase(Locale.ROOT)) + 1;
                    out.add(new Timex(t.start(), t.end(), t.text(), t.type(), lastYear + "-Q" + q));
                    continue;
                }
            }
            out.add(t);
        }
        return out;
    }
}
