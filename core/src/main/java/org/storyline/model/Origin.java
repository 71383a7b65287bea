package org.storyline.model;

import java.util.Objects;

/**
 * Where an article came from: the input file and the line (JSONL) or record number in it, so that every
 * message about bad input can name both. {@code line} is 0 when the whole file is one article.
 */
public record Origin(String file, long line) {
    public Origin {
        Objects.requireNonNull(file, "file");
        if (line < 0) {
            throw new IllegalArgumentException("line must be >= 0, got " + line);
        }
    }

    /** "file:line", or just "file" for single-article files: the form used in every message. */
    @Override
    public String toString() {
        return line == 0 ? file : file + ":" + line;
    }
}
