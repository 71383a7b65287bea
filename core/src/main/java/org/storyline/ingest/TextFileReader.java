package org.storyline.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import org.storyline.model.Origin;
import org.storyline.model.RawArticle;

/**
 * Reads a plain-text file as one article: id from the file name, title and text by {@link TitleRule}. The file
 * must be valid UTF-8; one that is not, or that holds binary junk, is skipped with an error that says where.
 */
final class TextFileReader {
    private final int maxBytes;
    private final StrictUtf8 utf8 = new StrictUtf8();

    TextFileReader(int maxBytes) {
        this.maxBytes = maxBytes;
    }

    void read(Origin origin, String id, InputStream in, boolean gzip, ReadSession session) {
        byte[] bytes = new byte[1 << 14];
        int length = 0;
        try {
            while (true) {
                if (length == bytes.length) {
                    if (length > maxBytes) {
                        session.reject(origin, "file larger than " + maxBytes + " bytes; skipped");
                        return;
                    }
                    bytes = Arrays.copyOf(bytes, (int) Math.min((long) maxBytes + 1, 2L * length));
                }
                int n = in.read(bytes, length, bytes.length - length);
                if (n < 0) {
                    break;
                }
                length += n;
            }
        } catch (IOException e) {
            session.reject(origin, IoMessages.readFailure(e, gzip, Binary.newlines(bytes, length))
                    + "; the article is incomplete and is skipped");
            return;
        }
        if (length > maxBytes) {
            session.reject(origin, "file larger than " + maxBytes + " bytes; skipped");
            return;
        }
        int nul = Binary.firstNul(bytes, length);
        if (nul >= 0) {
            session.reject(origin, "binary content (NUL byte at byte offset " + nul + "), not text; skipped");
            return;
        }
        StrictUtf8.Decoded decoded = utf8.decode(bytes, 0, length);
        if (!decoded.valid()) {
            session.reject(origin, "not valid UTF-8 (at byte offset " + decoded.errorOffset() + "); skipped");
            return;
        }
        String content = StrictUtf8.withoutBom(decoded.text());
        if (content.isBlank()) {
            session.warning(origin, "empty file, no articles");
            return;
        }
        if (id.isBlank()) {
            session.reject(origin, "no id: the file name is only an extension; skipped");
            return;
        }
        TitleRule.Split split = TitleRule.split(content);
        session.offer(new RawArticle(id, split.title(), split.text(), null, null, null, null, origin));
    }
}
