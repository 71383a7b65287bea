package org.storyline.clean;

import java.util.List;
import org.storyline.model.BoilerplateReason;

/**
 * Finds junk inside a kept line that is cut out while the rest of the line stays (e.g. {@code ||6db84f653__}
 * glued to the end of a sentence). Implementations are final and stateless.
 */
public interface InlineRule {

    /** The reason recorded for each cut. */
    BoilerplateReason reason();

    /**
     * Spans {@code [start, end)} relative to {@code text} to cut out, in increasing order and not overlapping.
     */
    List<Cut> cuts(String text);

    /** A span to cut, relative to the line. */
    record Cut(int start, int end) {
        public Cut {
            if (start < 0 || end <= start) {
                throw new IllegalArgumentException("bad cut [" + start + ", " + end + ")");
            }
        }
    }
}
