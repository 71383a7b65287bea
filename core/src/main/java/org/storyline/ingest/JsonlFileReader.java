package org.storyline.ingest;

import java.io.IOException;
import java.io.InputStream;
import org.storyline.model.Origin;
import org.storyline.model.RawArticle;

/**
 * Reads a JSONL file one line at a time: each line is decoded strictly as UTF-8 and parsed on its own, so a bad
 * line costs that record only, and a failure of the stream (a truncated gzip) keeps every article before it.
 */
final class JsonlFileReader {
    private final int maxLineBytes;
    private final JsonlRecordParser records;
    private final StrictUtf8 utf8 = new StrictUtf8();

    JsonlFileReader(int maxLineBytes, JsonlRecordParser records) {
        this.maxLineBytes = maxLineBytes;
        this.records = records;
    }

    void read(Origin fileOrigin, InputStream in, boolean gzip, ReadSession session) {
        String file = fileOrigin.file();
        LineSource lines = new LineSource(in, maxLineBytes);
        boolean content = false;
        try {
            while (lines.next()) {
                Origin origin = new Origin(file, lines.lineNumber());
                if (lines.overlong()) {
                    content = true;
                    session.reject(origin, "line longer than " + maxLineBytes + " bytes; record skipped");
                    continue;
                }
                StrictUtf8.Decoded decoded = utf8.decode(lines.bytes(), 0, lines.length());
                if (!decoded.valid()) {
                    content = true;
                    session.reject(origin, "not valid UTF-8 (at byte offset " + decoded.errorOffset()
                            + " of the line); record skipped");
                    continue;
                }
                String line = lines.lineNumber() == 1 ? StrictUtf8.withoutBom(decoded.text()) : decoded.text();
                if (line.isBlank()) {
                    continue;
                }
                content = true;
                RawArticle article = records.parse(line, origin, session);
                if (article != null) {
                    session.offer(article);
                }
            }
        } catch (IOException e) {
            session.error(fileOrigin, IoMessages.readFailure(e, gzip, lines.lineNumber())
                    + "; the articles before it are kept");
            return;
        }
        if (!content) {
            session.warning(fileOrigin, "empty file, no articles");
        }
    }
}
