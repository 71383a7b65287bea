package org.storyline.ingest;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;

/**
 * The first bytes of a (decompressed) file, read ahead to tell text from binary junk before anything is
 * delivered. A read failure inside the head is kept and thrown again at the same point by {@link #rejoin}, so
 * a truncated gzip still yields everything before the damage.
 */
record InputHead(byte[] bytes, int length, IOException failure) {
    static final int SIZE = 1 << 13;

    static InputHead read(InputStream in) {
        byte[] bytes = new byte[SIZE];
        int n = 0;
        try {
            while (n < SIZE) {
                int r = in.read(bytes, n, SIZE - n);
                if (r < 0) {
                    break;
                }
                n += r;
            }
        } catch (IOException e) {
            return new InputHead(bytes, n, e);
        }
        return new InputHead(bytes, n, null);
    }

    /** Offset of the first NUL byte in the head, which no text file has, or -1. */
    int firstNul() {
        return Binary.firstNul(bytes, length);
    }

    /** True when the file has no byte at all. */
    boolean empty() {
        return length == 0 && failure == null;
    }

    /** The whole stream again: the head, then the rest of {@code in} (or the failure met while reading the head). */
    InputStream rejoin(InputStream in) {
        InputStream rest = failure == null ? in : new InputStream() {
            @Override
            public int read() throws IOException {
                throw failure;
            }
        };
        return new SequenceInputStream(new ByteArrayInputStream(bytes, 0, length), rest);
    }
}
