package org.storyline.compare;

import java.util.Objects;

/**
 * A number with what it counts: {@code value} (multipliers applied: "$200 million" is 2e8), how it is
 * qualified, the {@code unit} as written (singular: "migrant", "usd", "percent"), the {@code unitClass} it is
 * compared by ("person" for people, migrants, immigrants…) and the {@code period} it refers to.
 */
public record QuantityFact(ArticleSentence sentence, int start, int end, String text, double value,
        Approximation approximation, String unit, String unitClass, Period period) implements Fact {
    public QuantityFact {
        Objects.requireNonNull(sentence, "sentence");
        Objects.requireNonNull(approximation, "approximation");
        Objects.requireNonNull(unitClass, "unitClass");
        Objects.requireNonNull(period, "period");
    }

    @Override
    public FactKind kind() {
        return FactKind.QUANTITY;
    }

    /** True when the ranges the two wordings allow overlap ("nearly 50,000" and "49,800"), with 2% slack. */
    public boolean compatibleWith(QuantityFact o) {
        double lo = Math.max(approximation.low(value), o.approximation.low(o.value));
        double hi = Math.min(approximation.high(value), o.approximation.high(o.value));
        return lo <= hi * 1.02;
    }

    /** True when both count the same kind of thing over the same period. */
    public boolean sameMeasure(QuantityFact o) {
        return unitClass.equals(o.unitClass) && period == o.period;
    }
}
