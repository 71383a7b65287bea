package org.storyline.ingest;

import java.io.EOFException;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.util.zip.ZipException;

/** Short, human wording for I/O failures. */
final class IoMessages {
    private IoMessages() {
    }

    /** "permission denied", "no such file or directory", or the reason the exception gives. */
    static String describe(IOException e) {
        if (e instanceof NoSuchFileException) {
            return "no such file or directory";
        }
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof FileSystemException fse && fse.getReason() != null) {
            return fse.getReason();
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }

    /** What a failure while reading means, given that {@code lines} complete lines were read before it. */
    static String readFailure(IOException e, boolean gzip, long lines) {
        if (gzip && e instanceof EOFException) {
            return "truncated gzip after line " + lines;
        }
        if (gzip && e instanceof ZipException) {
            return "corrupt gzip after line " + lines + " (" + describe(e) + ")";
        }
        return "read error after line " + lines + " (" + describe(e) + ")";
    }
}
