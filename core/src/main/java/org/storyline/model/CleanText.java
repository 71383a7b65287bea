package org.storyline.model;

import java.util.List;
import java.util.Objects;

/** The result of cleaning: the body without boilerplate, what was removed and why, and offsets back. */
public record CleanText(String text, List<RemovedSpan> removed, OffsetMap offsets) {
    public CleanText {
        Objects.requireNonNull(text, "text");
        removed = List.copyOf(removed);
        Objects.requireNonNull(offsets, "offsets");
    }

    /** A text that needed no cleaning. */
    public static CleanText unchanged(String text) {
        return new CleanText(text, List.of(), OffsetMap.identity(text.length()));
    }
}
