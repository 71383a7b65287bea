package org.storyline.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResponse;
import org.storyline.model.Origin;

/**
 * Streams a WARC (or ARC) file record by record with jwarc, so that an archive of any size is never in memory:
 * only one page payload is, up to the page limit. Articles are the {@code response} records with HTTP status 200
 * and an HTML payload; their target URI becomes the article's URL and id ({@link ArticleIds}), their WARC-Date the
 * fetch time. Other records are counted and reported in one line per file.
 *
 * <p>A broken or truncated record is reported with its number and byte offset and skipped; reading then resumes
 * at the next record start found after it (the next gzip member, or the next {@code WARC/1.} line).
 */
final class WarcFileReader {
    private static final int SCAN = 1 << 16;

    private final int maxPageBytes;
    private final HtmlBytes charsets = new HtmlBytes();
    private final PageArticles pages;

    WarcFileReader(int maxPageBytes, PageArticles pages) {
        this.maxPageBytes = maxPageBytes;
        this.pages = pages;
    }

    void read(Origin fileOrigin, Path path, String stem, ReadSession session) {
        Map<String, Integer> others = new TreeMap<>();
        long records = 0;
        int articles = 0;
        try (FileChannel channel = FileChannel.open(path, StandardOpenOption.READ);
                WarcReader reader = new WarcReader(channel)) {
            boolean gzip = reader.compression() == WarcCompression.GZIP;
            long lastStart = -1;
            reading:
            while (true) {
                Optional<WarcRecord> next;
                try {
                    next = reader.next();
                } catch (IOException | RuntimeException e) {
                    records++;
                    long failStart = resync(channel, lastStart + 1, gzip);
                    String at = "at byte offset " + failStart;
                    if (failStart < 0) {
                        failStart = lastStart + 1;
                        at = "after byte offset " + Math.max(0, lastStart);
                    }
                    session.reject(new Origin(fileOrigin.file(), records), "broken WARC record",
                            "broken WARC record " + at + " (" + describe(e) + "); skipped");
                    long resume = resync(channel, failStart + 1, gzip);
                    if (resume < 0) {
                        break;
                    }
                    reader.position(resume);
                    lastStart = resume - 1;
                    continue;
                }
                if (next.isEmpty()) {
                    break;
                }
                records++;
                WarcRecord record = next.get();
                long offset = reader.position();
                lastStart = offset;
                Origin origin = new Origin(fileOrigin.file(), records);
                String kind = kind(record);
                if (kind != null) {
                    others.merge(kind, 1, Integer::sum);
                    continue;
                }
                switch (article((WarcResponse) record, offset, origin, stem, records, session, others)) {
                    case ARTICLE -> articles++;
                    case SKIPPED -> { }
                    case BROKEN -> {
                        long resume = resync(channel, offset + 1, gzip);
                        if (resume < 0) {
                            break reading;
                        }
                        reader.position(resume);
                        lastStart = resume - 1;
                    }
                }
            }
        } catch (IOException e) {
            session.error(fileOrigin, "cannot read WARC (" + IoMessages.describe(e) + ")");
            return;
        }
        StringBuilder line = new StringBuilder().append(records).append(" records: ").append(articles)
                .append(" HTML pages");
        others.forEach((k, n) -> line.append(", ").append(n).append(' ').append(k));
        session.info(fileOrigin, line.toString());
    }

    /** Why a record is not an article ("request", "response 404"...), or null when it may be one. */
    private static String kind(WarcRecord record) {
        if (!(record instanceof WarcResponse)) {
            return record.type();
        }
        return null;
    }

    private enum Outcome { ARTICLE, SKIPPED, BROKEN }

    private Outcome article(WarcResponse response, long offset, Origin origin, String stem, long number,
            ReadSession session, Map<String, Integer> others) {
        String where = "record at byte offset " + offset;
        HttpResponse http;
        try {
            http = response.http();
        } catch (IOException | RuntimeException e) {
            others.merge("responses without HTTP", 1, Integer::sum);
            return Outcome.SKIPPED;
        }
        if (http.status() != 200) {
            others.merge("responses of status " + http.status(), 1, Integer::sum);
            return Outcome.SKIPPED;
        }
        MediaType type = http.contentType();
        String base = type == null ? "" : type.base().toString();
        if (!base.isEmpty() && !base.equals("text/html") && !base.equals("application/xhtml+xml")) {
            others.merge(base + " responses", 1, Integer::sum);
            return Outcome.SKIPPED;
        }
        BoundedBytes.Read read;
        try (InputStream body = http.bodyDecoded().stream()) {
            read = BoundedBytes.read(body, maxPageBytes);
        } catch (java.io.EOFException e) {
            session.reject(origin, "truncated WARC record", "truncated " + where + " (" + describe(e)
                    + "); skipped");
            return Outcome.BROKEN;
        } catch (IOException | RuntimeException e) {
            session.reject(origin, "undecodable HTTP payload", where + ": HTTP payload cannot be decoded ("
                    + describe(e) + "); skipped");
            return Outcome.SKIPPED;
        }
        if (read.tooLarge()) {
            session.reject(origin, "page too large", where + ": page larger than " + BoundedBytes.size(maxPageBytes)
                    + "; skipped");
            return Outcome.SKIPPED;
        }
        if (base.isEmpty() && Sniffer.sniff(read.bytes(), read.length()).orElse(null) != InputFormat.HTML) {
            others.merge("responses without a content type", 1, Integer::sum);
            return Outcome.SKIPPED;
        }
        String charset = type == null ? null : type.parameters().get("charset");
        HtmlBytes.Decoded decoded = charsets.decode(read.bytes(), read.length(), charset);
        if (decoded.note() != null) {
            session.warning(origin, where + ": " + decoded.note());
        }
        String url = target(response);
        PageArticles.Result result = pages.article(ArticleIds.of(url, stem, number), decoded.text(), url, origin,
                response.date());
        if (result.article() == null) {
            session.reject(origin, result.problem(), where + ": " + result.problem() + "; skipped");
            return Outcome.SKIPPED;
        }
        session.offer(result.article());
        return Outcome.ARTICLE;
    }

    /** The target URI, without the angle brackets some crawlers (wget) put around it. */
    private static String target(WarcResponse response) {
        String target = response.target();
        if (target == null) {
            return null;
        }
        String t = target.strip();
        if (t.startsWith("<") && t.endsWith(">")) {
            t = t.substring(1, t.length() - 1);
        }
        return t.isEmpty() ? null : t;
    }

    /** The offset of the next record start at or after {@code from}, or -1 at the end of the file. */
    private static long resync(FileChannel channel, long from, boolean gzip) throws IOException {
        byte[] marker = gzip ? new byte[] {0x1f, (byte) 0x8b, 0x08} : "WARC/1.".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        ByteBuffer buffer = ByteBuffer.allocate(SCAN + marker.length);
        long position = from;
        long size = channel.size();
        while (position < size) {
            buffer.clear();
            int n = channel.read(buffer, position);
            if (n <= 0) {
                return -1;
            }
            byte[] bytes = buffer.array();
            for (int i = 0; i + marker.length <= n; i++) {
                if (matches(bytes, i, marker) && (gzip || i + position == 0 || i > 0 && bytes[i - 1] == '\n')) {
                    return position + i;
                }
            }
            if (n < marker.length) {
                return -1;
            }
            position += n - marker.length + 1;
        }
        return -1;
    }

    private static boolean matches(byte[] bytes, int at, byte[] marker) {
        for (int j = 0; j < marker.length; j++) {
            if (bytes[at + j] != marker[j]) {
                return false;
            }
        }
        return true;
    }

    private static String describe(Throwable e) {
        String m = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        m = m.replaceAll("\\s+", " ").strip();
        return m.length() <= 160 ? m : m.substring(0, 160) + "...";
    }
}
