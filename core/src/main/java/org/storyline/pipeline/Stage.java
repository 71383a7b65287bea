package org.storyline.pipeline;

import java.util.Set;

/**
 * One step of the analysis: a pure function from {@code I} to {@code O} that declares which annotations it
 * needs before it can run and which ones it adds. {@link Pipeline} checks the order when it is assembled.
 * Stages hold configuration only, never mutable state, so they can be shared across threads and jobs.
 */
public interface Stage<I, O> {

    /** A short name used in messages, e.g. "clean". */
    String name();

    /** Annotations that must have been provided by an earlier stage. */
    Set<Annotation> requires();

    /** Annotations this stage adds. */
    Set<Annotation> provides();

    O apply(I input);
}
