package org.storyline.ingest;

import java.io.IOException;
import java.io.InputStream;
import org.storyline.model.Origin;

/**
 * Reads an HTML file as one article: id from the file name, charset from the bytes ({@link HtmlBytes}), article
 * and metadata by {@link PageArticles}. A page larger than the limit, binary junk, a truncated gzip or a page
 * without article text is skipped with an error that says which.
 */
final class HtmlFileReader {
    private final int maxBytes;
    private final HtmlBytes charsets = new HtmlBytes();
    private final PageArticles pages;

    HtmlFileReader(int maxBytes, PageArticles pages) {
        this.maxBytes = maxBytes;
        this.pages = pages;
    }

    void read(Origin origin, String id, InputStream in, boolean gzip, ReadSession session) {
        BoundedBytes.Read read;
        try {
            read = BoundedBytes.read(in, maxBytes);
        } catch (IOException e) {
            session.reject(origin, gzip ? "truncated gzip" : "read error", IoMessages.readFailure(e, gzip, 0)
                    .replace(" after line 0", "") + "; the page is incomplete and is skipped");
            return;
        }
        if (read.tooLarge()) {
            session.reject(origin, "page too large", "page larger than " + BoundedBytes.size(maxBytes)
                    + "; skipped");
            return;
        }
        int nul = Binary.firstNul(read.bytes(), read.length());
        if (nul >= 0 && !utf16(read.bytes(), read.length())) {
            session.reject(origin, "binary content", "binary content (NUL byte at byte offset " + nul
                    + "), not HTML; skipped");
            return;
        }
        if (id.isBlank()) {
            session.reject(origin, "no id", "no id: the file name is only an extension; skipped");
            return;
        }
        HtmlBytes.Decoded decoded = charsets.decode(read.bytes(), read.length(), null);
        if (decoded.note() != null) {
            session.warning(origin, decoded.note());
        }
        PageArticles.Result result = pages.article(id, decoded.text(), null, origin, null);
        if (result.article() == null) {
            session.reject(origin, result.problem(), result.problem() + "; skipped");
            return;
        }
        session.offer(result.article());
    }

    private static boolean utf16(byte[] bytes, int length) {
        return length >= 2 && ((bytes[0] & 0xff) == 0xfe && (bytes[1] & 0xff) == 0xff
                || (bytes[0] & 0xff) == 0xff && (bytes[1] & 0xff) == 0xfe);
    }
}
