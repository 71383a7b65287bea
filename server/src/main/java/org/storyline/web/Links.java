package org.storyline.web;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;

/** Paths of this site's pages and the check that decides whether an article's URL may become a link. */
final class Links {
    private static final char[] HEX = "0123456789ABCDEF".toCharArray();

    private Links() {}

    static String home() {
        return "/";
    }

    static String event(String id) {
        return "/events/" + encodePath(id);
    }

    static String entity(String id) {
        return "/entities/" + encodePath(id);
    }

    static String storyline(String id) {
        return "/storylines/" + encodePath(id);
    }

    /** The search page for a query, optionally filtered by one parameter. */
    static String search(String q, String param, String value) {
        return "/search?q=" + query(q) + (param == null ? "" : "&" + param + "=" + query(value));
    }

    /** Percent-encodes a query parameter value. */
    static String query(String v) {
        return java.net.URLEncoder.encode(v, StandardCharsets.UTF_8);
    }

    static String article(String id) {
        return "/articles/" + encodePath(id);
    }

    static String storylineAnchor(String id) {
        return "storyline-" + encodePath(id).replace('/', '_').replace('%', '_');
    }

    /**
     * Percent-encodes an id for use in a path: everything except unreserved characters and {@code /} (ids may
     * contain slashes; the routes accept them, and an encoded slash would be refused by the HTTP server).
     */
    static String encodePath(String id) {
        StringBuilder b = new StringBuilder(id.length() + 8);
        for (byte x : id.getBytes(StandardCharsets.UTF_8)) {
            int c = x & 0xff;
            if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
                    || c == '-' || c == '.' || c == '_' || c == '~' || c == '/') {
                b.append((char) c);
            } else {
                b.append('%').append(HEX[c >> 4]).append(HEX[c & 0xf]);
            }
        }
        return b.toString();
    }

    /**
     * The URL as an href when it is an absolute http(s) URL with a host; empty for anything else
     * ({@code javascript:}, {@code data:}, relative or malformed URLs), which must then be shown as text only.
     */
    static Optional<String> externalHref(String url) {
        if (url == null || url.isEmpty()) {
            return Optional.empty();
        }
        try {
            URI uri = new URI(url);
            String scheme = uri.getScheme();
            if (scheme == null || uri.getHost() == null) {
                return Optional.empty();
            }
            String s = scheme.toLowerCase(Locale.ROOT);
            if (!s.equals("http") && !s.equals("https")) {
                return Optional.empty();
            }
            return Optional.of(uri.toASCIIString());
        } catch (URISyntaxException e) {
            return Optional.empty();
        }
    }
}
