package org.storyline.extract;

import java.util.ArrayList;
import java.util.List;

/**
 * Repairs SUTime values that are not calendar values: a composite ("2023 INTERSECT P11M", "XXXX-12 OFFSET P1Y")
 * or a missing value takes the value of a rule timex over an overlapping span, when the rules found one; a simple
 * value from SUTime is kept.
 */
final class TimexValues {
    private TimexValues() {
    }

    static boolean isComposite(String value) {
        return value == null || value.isBlank() || value.indexOf(' ') >= 0;
    }

    static List<Timex> repaired(List<Timex> full, List<Timex> rules) {
        List<Timex> out = new ArrayList<>(full.size());
        for (Timex t : full) {
            Timex fix = null;
            if (isComposite(t.value())) {
                for (Timex r : rules) {
                    if (r.start() < t.end() && t.start() < r.end() && !isComposite(r.value())) {
                        fix = r;
                        break;
                    }
                }
            }
            out.add(fix == null ? t : new Timex(t.start(), t.end(), t.text(), t.type(), fix.value()));
        }
        return out;
    }
}
