package org.storyline.model;

import java.util.Objects;

/** A span {@code [start, end)} of the original text that cleaning removed, with the reason. */
public record RemovedSpan(int start, int end, BoilerplateReason reason, String text) {
    public RemovedSpan {
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(text, "text");
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad span [" + start + ", " + end + ")");
        }
    }
}
