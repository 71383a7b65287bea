package org.storyline.ingest;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Decodes UTF-8 strictly: a malformed or truncated sequence is reported with its byte offset instead of being
 * replaced by U+FFFD. Holds a reusable decoder and buffer, so one instance serves one thread.
 */
final class StrictUtf8 {

    /** The decoded text, or null with {@code errorOffset} at the first byte that is not valid UTF-8. */
    record Decoded(String text, long errorOffset) {
        boolean valid() {
            return text != null;
        }
    }

    private static final char BOM = '\uFEFF';

    private final CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    private CharBuffer chars = CharBuffer.allocate(1 << 12);

    Decoded decode(byte[] bytes, int offset, int length) {
        decoder.reset();
        ByteBuffer in = ByteBuffer.wrap(bytes, offset, length);
        // UTF-8 never gives more chars than bytes.
        if (chars.capacity() < length) {
            chars = CharBuffer.allocate(length);
        }
        chars.clear();
        CoderResult result = decoder.decode(in, chars, true);
        if (!result.isError()) {
            result = decoder.flush(chars);
        }
        if (result.isError()) {
            return new Decoded(null, in.position() - offset);
        }
        chars.flip();
        String text = chars.toString();
        if (chars.capacity() > 1 << 20) {
            chars = CharBuffer.allocate(1 << 12); // do not keep a huge buffer after one huge record
        }
        return new Decoded(text, -1);
    }

    /** {@code text} without a leading byte order mark. */
    static String withoutBom(String text) {
        return !text.isEmpty() && text.charAt(0) == BOM ? text.substring(1) : text;
    }
}
