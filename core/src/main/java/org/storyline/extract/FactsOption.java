package org.storyline.extract;

import java.util.Optional;

/** The {@code --facts} setting of a run: a mode, none, or a choice by corpus size. */
public enum FactsOption {
    FULL, FAST, NONE, AUTO;

    /** Above this many articles {@link #AUTO} chooses {@link FactMode#FAST}. */
    public static final int AUTO_FULL_LIMIT = 20_000;

    /** The mode for a run of {@code articles} articles; empty for {@link #NONE}. */
    public Optional<FactMode> modeFor(int articles) {
        return switch (this) {
            case FULL -> Optional.of(FactMode.FULL);
            case FAST -> Optional.of(FactMode.FAST);
            case NONE -> Optional.empty();
            case AUTO -> Optional.of(articles <= AUTO_FULL_LIMIT ? FactMode.FULL : FactMode.FAST);
        };
    }
}
