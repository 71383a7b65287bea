package org.storyline.extract;

import java.util.Objects;

/**
 * A number with its unit {@code [start, end)}: "more than 191,000 migrants" → value 191000, unit "migrants",
 * approx "more than"; "$200 million per day" → 2.0E8, "USD per day".
 *
 * @param unit   what is counted or measured ("migrants", "USD", "hours", "%"); null when nothing follows
 * @param approx the approximation words as written, lower-cased ("nearly", "more than", "up to"); null when exact
 */
public record Quantity(int start, int end, String text, double value, String unit, String approx) {
    public Quantity {
        Objects.requireNonNull(text, "text");
    }
}
