package org.storyline.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

/** Reads a whole stream into memory, but never more than a limit: a larger stream is reported, not loaded. */
final class BoundedBytes {
    /** The bytes read ({@code length} of them), or {@code tooLarge} with the bytes up to the limit dropped. */
    record Read(byte[] bytes, int length, boolean tooLarge) {
    }

    private BoundedBytes() {
    }

    /** Reads {@code in} to its end, or to just past {@code limit} bytes. */
    static Read read(InputStream in, int limit) throws IOException {
        byte[] bytes = new byte[Math.min(1 << 16, limit + 1)];
        int length = 0;
        while (true) {
            if (length == bytes.length) {
                if (length > limit) {
                    return new Read(new byte[0], 0, true);
                }
                bytes = Arrays.copyOf(bytes, (int) Math.min((long) limit + 1, 2L * length));
            }
            int n = in.read(bytes, length, bytes.length - length);
            if (n < 0) {
                break;
            }
            length += n;
        }
        if (length > limit) {
            return new Read(new byte[0], 0, true);
        }
        return new Read(bytes, length, false);
    }

    /** "16 MiB" for 16777216. */
    static String size(long bytes) {
        return bytes % (1 << 20) == 0 ? bytes / (1 << 20) + " MiB" : bytes + " bytes";
    }
}
