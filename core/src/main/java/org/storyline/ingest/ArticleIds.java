package org.storyline.ingest;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Ids for articles that have no file of their own (feed items, WARC records): their URL's key ({@link UrlKey})
 * with characters outside {@code [A-Za-z0-9._-]} replaced by {@code -}, so the same page gets the same id in every
 * feed and archive; long keys are cut and end in a hash of the whole key. Without a URL: the file's stem and the
 * record's number.
 */
final class ArticleIds {
    private static final int MAX = 120;

    private ArticleIds() {
    }

    static String of(String url, String fileStem, long recordNumber) {
        String key = UrlKey.of(url);
        if (key == null) {
            return fileStem + "-" + recordNumber;
        }
        String id = key.replaceAll("[^A-Za-z0-9._-]+", "-").replaceAll("^-+|-+$", "");
        if (id.length() > MAX) {
            id = id.substring(0, MAX - 9) + "-" + sha1(key).substring(0, 8);
        }
        return id.isEmpty() ? fileStem + "-" + recordNumber : id;
    }

    private static String sha1(String s) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-1").digest(s.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-1 is always available", e);
        }
    }
}
