package org.storyline.ingest;

import java.io.IOException;
import java.io.InputStream;

/**
 * Splits a byte stream into lines ({@code \n} or {@code \r\n}) without decoding them, holding one line at a
 * time, so memory stays flat whatever the input size. A line longer than the limit is skipped up to its end
 * and marked {@link #overlong()}.
 */
final class LineSource {
    private static final int SMALL = 1 << 12;
    private static final int SHRINK_ABOVE = 1 << 20;

    private final InputStream in;
    private final int maxLineBytes;
    private final byte[] buffer = new byte[1 << 16];
    private int position;
    private int limit;

    private byte[] line = new byte[SMALL];
    private int length;
    private boolean overlong;
    private long number;

    LineSource(InputStream in, int maxLineBytes) {
        this.in = in;
        this.maxLineBytes = maxLineBytes;
    }

    /**
     * Reads the next line; false at the end of the input. When it throws, {@link #lineNumber()} still tells how
     * many lines were complete before the failure.
     */
    boolean next() throws IOException {
        if (line.length > SHRINK_ABOVE) {
            line = new byte[SMALL];
        }
        length = 0;
        overlong = false;
        boolean any = false;
        while (true) {
            if (position == limit) {
                int n = in.read(buffer);
                if (n < 0) {
                    if (!any) {
                        return false;
                    }
                    break;
                }
                position = 0;
                limit = n;
            }
            any = true;
            int end = position;
            while (end < limit && buffer[end] != '\n') {
                end++;
            }
            append(position, end - position);
            if (end < limit) {
                position = end + 1;
                break;
            }
            position = limit;
        }
        number++;
        if (!overlong && length > 0 && line[length - 1] == '\r') {
            length--;
        }
        return true;
    }

    /** The 1-based number of the current line; the number of complete lines read so far. */
    long lineNumber() {
        return number;
    }

    /** The bytes of the current line, from 0 to {@link #length()}, without its line terminator. */
    byte[] bytes() {
        return line;
    }

    int length() {
        return length;
    }

    /** True when the current line was longer than the limit; its bytes were dropped. */
    boolean overlong() {
        return overlong;
    }

    private void append(int from, int count) {
        if (overlong || count == 0) {
            return;
        }
        if ((long) length + count > maxLineBytes) {
            overlong = true;
            length = 0;
            return;
        }
        if (length + count > line.length) {
            int capacity = (int) Math.min(maxLineBytes, Math.max((long) line.length * 2, (long) length + count));
            byte[] grown = new byte[capacity];
            System.arraycopy(line, 0, grown, 0, length);
            line = grown;
        }
        System.arraycopy(buffer, from, line, length, count);
        length += count;
    }
}
