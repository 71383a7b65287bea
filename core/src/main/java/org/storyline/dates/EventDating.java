package org.storyline.dates;

import java.time.Month;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.storyline.model.DatePrecision;
import org.storyline.model.DateSource;
import org.storyline.model.Dating;

/**
 * Completes an article's date from the other articles of its event: when its own text pins the month but not
 * the year ("In November … This month …"), and dated articles of the same event fall in that month, the year is
 * theirs. Nothing else is borrowed: an article without month evidence stays undated.
 */
public final class EventDating {
    private static final TextDating TEXT = new TextDating();

    private EventDating() {}

    /** The completed dating (source EVENT, month precision), or undated. */
    public static Dating complete(String articleText, List<Dating> datedEventMates) {
        TextDateResult own = TEXT.infer(articleText);
        Month month = own.monthWithoutYear();
        if (month == null) {
            return Dating.undated();
        }
        Map<Integer, Integer> years = new TreeMap<>();
        for (Dating d : datedEventMates) {
            if (d.isDated() && d.precision() != DatePrecision.YEAR && d.date().getMonth() == month) {
                years.merge(d.date().getYear(), 1, Integer::sum);
            }
        }
        if (years.isEmpty()) {
            return Dating.undated();
        }
        int year = 0;
        int count = -1;
        for (Map.Entry<Integer, Integer> e : years.entrySet()) {
            if (e.getValue() >= count) {
                year = e.getKey();
                count = e.getValue();
            }
        }
        return new Dating(java.time.LocalDate.of(year, month, 1), DatePrecision.MONTH, DateSource.EVENT,
                "month from the text (" + own.monthEvidence() + "), year " + year + " from " + count
                        + (count == 1 ? " article" : " articles") + " of the same event");
    }
}
