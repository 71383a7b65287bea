package org.storyline.extract;

import java.util.Objects;

/**
 * A temporal expression {@code [start, end)} with its TIMEX3 type and normalized value ({@code 2023-12-27},
 * {@code 2023-W52}, {@code P2H}, {@code XXXX-WXX-3}, {@code PRESENT_REF}); the value is null when unknown.
 */
public record Timex(int start, int end, String text, TimexType type, String value) {
    public Timex {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(type, "type");
    }
}
