package org.storyline.compare;

import java.time.LocalDate;
import org.storyline.model.DatePrecision;

/** A calendar date the article mentions, at its precision. */
public record DateFact(ArticleSentence sentence, int start, int end, String text, LocalDate date,
        DatePrecision precision) implements Fact {
    @Override
    public FactKind kind() {
        return FactKind.DATE;
    }

    /** True when one period contains the other ("December 2023" and "December 27, 2023"). */
    public boolean compatibleWith(DateFact o) {
        return !latest().isBefore(o.date) && !o.latest().isBefore(date);
    }

    private LocalDate latest() {
        return switch (precision) {
            case DAY -> date;
            case MONTH -> date.withDayOfMonth(date.lengthOfMonth());
            case YEAR -> date.withDayOfYear(date.lengthOfYear());
        };
    }
}
