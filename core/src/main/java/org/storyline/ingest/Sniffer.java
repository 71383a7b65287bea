package org.storyline.ingest;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Tells the format of a file from its first bytes (after gzip): {@code WARC/1.x} or an ARC {@code filedesc://}
 * header is a web archive; an XML or markup document whose first element is {@code rss}, {@code feed} or
 * {@code rdf:RDF} is a feed; a document type or first element {@code html}, {@code head} or {@code body} is HTML.
 * Text that starts with <code>{</code> is JSON.
 */
final class Sniffer {
    private Sniffer() {
    }

    private static final int WINDOW = 4096;
    /** The first start tag, after the XML declaration, comments, processing instructions and the doctype. */
    private static final Pattern FIRST_TAG = Pattern.compile(
            "^(?:\\s|<\\?[^>]*\\?>|<!--.*?-->|<!doctype[^>]*>)*<([a-z][\\w:.-]*)", Pattern.DOTALL);

    /** The format the content shows, or empty when it shows none. JSONL is only ever a hint. */
    static Optional<InputFormat> sniff(byte[] bytes, int length) {
        String head = head(bytes, length);
        if (head.startsWith("warc/1.") || head.startsWith("warc/0.") || head.startsWith("filedesc://")) {
            return Optional.of(InputFormat.WARC);
        }
        if (head.startsWith("<!doctype html")) {
            return Optional.of(InputFormat.HTML);
        }
        Matcher m = FIRST_TAG.matcher(head);
        if (m.find()) {
            String tag = m.group(1);
            if (tag.equals("rss") || tag.equals("feed") || tag.equals("rdf:rdf")) {
                return Optional.of(InputFormat.FEED);
            }
            if (tag.equals("html") || tag.equals("head") || tag.equals("body") || tag.equals("meta")) {
                return Optional.of(InputFormat.HTML);
            }
        }
        if (head.startsWith("{")) {
            return Optional.of(InputFormat.JSONL);
        }
        return Optional.empty();
    }

    /** The first bytes as lower-case text without a BOM and leading whitespace (UTF-16 read as such). */
    private static String head(byte[] bytes, int length) {
        int n = Math.min(length, WINDOW);
        String text;
        if (n >= 2 && (bytes[0] & 0xff) == 0xfe && (bytes[1] & 0xff) == 0xff) {
            text = new String(bytes, 2, n - 2, StandardCharsets.UTF_16BE);
        } else if (n >= 2 && (bytes[0] & 0xff) == 0xff && (bytes[1] & 0xff) == 0xfe) {
            text = new String(bytes, 2, n - 2, StandardCharsets.UTF_16LE);
        } else if (n >= 3 && (bytes[0] & 0xff) == 0xef && (bytes[1] & 0xff) == 0xbb && (bytes[2] & 0xff) == 0xbf) {
            text = new String(bytes, 3, n - 3, StandardCharsets.ISO_8859_1);
        } else {
            text = new String(bytes, 0, n, StandardCharsets.ISO_8859_1);
        }
        return text.stripLeading().toLowerCase(Locale.ROOT);
    }
}
