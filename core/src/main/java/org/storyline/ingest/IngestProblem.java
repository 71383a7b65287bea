package org.storyline.ingest;

import java.util.Objects;
import org.storyline.model.Origin;

/**
 * One thing that went wrong (or was worth saying) while reading input. {@code origin} names the file and, for
 * JSONL, the 1-based line; its line is 0 when the problem concerns a whole file or path.
 *
 * <p>{@link #toString()} gives the form used in logs and error output: {@code data/a.jsonl:17: malformed JSON
 * (Unexpected character ...)}.
 */
public record IngestProblem(Severity severity, Origin origin, String message) {

    /** How bad a problem is. Only {@link #ERROR} means that input was lost. */
    public enum Severity {
        /** Nothing lost, nothing doubtful: e.g. a record repeated with the same text and skipped. */
        INFO,
        /** The record or file was kept, but part of it was ignored or doubtful: e.g. an unparseable date. */
        WARNING,
        /** A record or a whole file was skipped, or a file was only partly read. */
        ERROR
    }

    public IngestProblem {
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(origin, "origin");
        Objects.requireNonNull(message, "message");
    }

    /** The input file (or path) the problem is about. */
    public String file() {
        return origin.file();
    }

    /** The 1-based line in a JSONL file, or 0 for a whole file or path. */
    public long line() {
        return origin.line();
    }

    @Override
    public String toString() {
        return origin + ": " + message;
    }
}
