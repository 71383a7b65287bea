package org.storyline.dates;

import java.time.Month;
import java.util.Objects;
import org.storyline.model.Dating;

/**
 * What an article's own text says about its date.
 *
 * @param dating           the inferred date (source {@link org.storyline.model.DateSource#TEXT}) or
 *                         {@link Dating#undated()}
 * @param monthWithoutYear when the text pins the article's month but gives no year at all ("In November, … This
 *                         month, …" and no year anywhere: December), that month; null otherwise, and always null
 *                         when {@code dating} is dated
 * @param monthEvidence    the quoted phrases that pin {@code monthWithoutYear}, e.g.
 *                         {@code "In November" + "This month"}; null exactly when {@code monthWithoutYear} is
 */
public record TextDateResult(Dating dating, Month monthWithoutYear, String monthEvidence) {

    public TextDateResult {
        Objects.requireNonNull(dating, "dating");
        if ((monthWithoutYear == null) != (monthEvidence == null)) {
            throw new IllegalArgumentException("a month without year needs its evidence, and only then");
        }
        if (monthWithoutYear != null && dating.isDated()) {
            throw new IllegalArgumentException("a dated result has no month without year");
        }
    }

    public static TextDateResult undated() {
        return new TextDateResult(Dating.undated(), null, null);
    }
}
