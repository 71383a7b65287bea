package org.storyline.ingest;

/** Byte-level checks on raw input. */
final class Binary {
    private Binary() {
    }

    /** Offset of the first NUL byte in {@code bytes[0, length)}, or -1: text never has one, binary files nearly always do. */
    static int firstNul(byte[] bytes, int length) {
        for (int i = 0; i < length; i++) {
            if (bytes[i] == 0) {
                return i;
            }
        }
        return -1;
    }

    /** Number of {@code \n} in {@code bytes[0, length)}: the complete lines in it. */
    static long newlines(byte[] bytes, int length) {
        long n = 0;
        for (int i = 0; i < length; i++) {
            if (bytes[i] == '\n') {
                n++;
            }
        }
        return n;
    }
}
