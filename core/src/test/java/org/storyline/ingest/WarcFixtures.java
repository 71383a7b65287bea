package org.storyline.ingest;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

/** WARC records written by the tests, byte by byte as the WARC 1.0 standard has them. */
final class WarcFixtures {
    private WarcFixtures() {
    }

    static byte[] warcinfo() {
        return record("warcinfo", null, "application/warc-fields", "software: test\r\n".getBytes(UTF_8));
    }

    static byte[] request(String url) {
        return record("request", url, "application/http; msgtype=request",
                ("GET / HTTP/1.1\r\nHost: " + url.replaceAll("https?://([^/]+).*", "$1") + "\r\n\r\n").getBytes(UTF_8));
    }

    /** A response record; {@code contentType} may be null (no Content-Type header). */
    static byte[] response(String url, int status, String contentType, byte[] payload) {
        ByteArrayOutputStream http = new ByteArrayOutputStream();
        String head = "HTTP/1.1 " + status + (status == 200 ? " OK" : " Other") + "\r\n"
                + (contentType == null ? "" : "Content-Type: " + contentType + "\r\n")
                + "Content-Length: " + payload.length + "\r\n\r\n";
        http.writeBytes(head.getBytes(StandardCharsets.ISO_8859_1));
        http.writeBytes(payload);
        return record("response", url, "application/http; msgtype=response", http.toByteArray());
    }

    static byte[] html(String url, String html) {
        return response(url, 200, "text/html; charset=utf-8", html.getBytes(UTF_8));
    }

    static byte[] record(String type, String url, String contentType, byte[] block) {
        String header = "WARC/1.0\r\n"
                + "WARC-Type: " + type + "\r\n"
                + "WARC-Record-ID: <urn:uuid:" + UUID.nameUUIDFromBytes(block) + ">\r\n"
                + "WARC-Date: 2024-03-05T10:00:00Z\r\n"
                + (url == null ? "" : "WARC-Target-URI: " + url + "\r\n")
                + "Content-Type: " + contentType + "\r\n"
                + "Content-Length: " + block.length + "\r\n\r\n";
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(header.getBytes(UTF_8));
        out.writeBytes(block);
        out.writeBytes("\r\n\r\n".getBytes(UTF_8));
        return out.toByteArray();
    }

    /** The records one after the other, each its own gzip member when {@code gzip}. */
    static byte[] warc(boolean gzip, byte[]... records) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] r : records) {
            out.writeBytes(gzip ? Fixtures.gzip(r) : r);
        }
        return out.toByteArray();
    }
}
