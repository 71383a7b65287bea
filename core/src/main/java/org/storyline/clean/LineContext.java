package org.storyline.clean;

import java.util.List;
import java.util.Optional;
import org.storyline.model.BoilerplateReason;

/**
 * What a {@link LineRule} may look at besides the line itself: all units of the text and the decisions taken
 * so far by the rules that ran before it (rules run one after the other over the whole text, like the filters
 * of an analysis chain, so a later rule sees the removals of the earlier ones). Read-only for rules.
 */
public final class LineContext {
    private final List<Line> lines;
    private final BoilerplateReason[] reasons;

    LineContext(List<Line> lines, BoilerplateReason[] reasons) {
        this.lines = List.copyOf(lines);
        this.reasons = reasons;
    }

    /** All units of the text, in order. */
    public List<Line> lines() {
        return lines;
    }

    /** Why the unit at {@code index} was removed so far, if it was. */
    public Optional<BoilerplateReason> reasonOf(int index) {
        return Optional.ofNullable(reasons[index]);
    }

    public boolean isRemoved(int index) {
        return reasons[index] != null;
    }

    /** The unit just before {@code line}, if any. */
    public Optional<Line> previous(Line line) {
        return line.index() > 0 ? Optional.of(lines.get(line.index() - 1)) : Optional.empty();
    }

    /** The unit just after {@code line}, if any. */
    public Optional<Line> next(Line line) {
        return line.index() + 1 < lines.size() ? Optional.of(lines.get(line.index() + 1)) : Optional.empty();
    }
}
