package org.storyline.compare;

/**
 * How a number is qualified ("nearly 50,000", "more than 191,000"): the range of true values it allows, as
 * factors of the stated value.
 */
public enum Approximation {
    EXACT(1.0, 1.0),
    /** "about", "around", "roughly", "some", "approximately". */
    ABOUT(0.9, 1.1),
    /** "nearly", "almost", "just under". */
    NEARLY(0.9, 1.0),
    /** "more than", "over", "exceeding", "at least". */
    MORE_THAN(1.0, 1.5),
    /** "up to", "as many as", "fewer than", "less than", "under". */
    UP_TO(0.5, 1.0);

    private final double low;
    private final double high;

    Approximation(double low, double high) {
        this.low = low;
        this.high = high;
    }

    public double low(double value) {
        return value * low;
    }

    public double high(double value) {
        return value * high;
    }

    /** The qualifier of the words before a number, EXACT when none. */
    public static Approximation of(String qualifier) {
        if (qualifier == null) {
            return EXACT;
        }
        String q = qualifier.toLowerCase(java.util.Locale.ROOT).replaceAll("\\s+", " ").strip();
        return switch (q) {
            case "about", "around", "roughly", "some", "approximately", "an estimated", "estimated" -> ABOUT;
            case "nearly", "almost", "just under", "close to" -> NEARLY;
            case "more than", "over", "exceeding", "at least", "just over", "upwards of", "well over",
                    "in excess of" -> MORE_THAN;
            case "up to", "as many as", "as much as", "at most", "fewer than", "less than", "under" -> UP_TO;
            default -> EXACT;
        };
    }
}
