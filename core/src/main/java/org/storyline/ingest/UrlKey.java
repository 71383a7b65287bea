package org.storyline.ingest;

import java.net.URI;
import java.util.Locale;

/**
 * The form of a URL used to tell that two inputs are the same page: scheme, {@code www.}, default port,
 * fragment, tracking parameters ({@code utm_*}, {@code fbclid}, {@code gclid}) and a trailing slash are dropped,
 * the host is lower-cased. {@code https://www.x.org/a/?utm_source=rss#top} and {@code http://x.org/a} are one key.
 */
final class UrlKey {
    private UrlKey() {
    }

    /**
     * The key of {@code url} without its query, for matching a feed link with tracking parameters of its own
     * ({@code ?cmp=rss}) to its page; null when the path is too generic to identify a page without its query
     * (fewer than 16 characters, as in {@code /index.php?id=7}).
     */
    static String withoutQuery(String url) {
        String key = of(url);
        if (key == null) {
            return null;
        }
        int query = key.indexOf('?');
        String path = query < 0 ? key : key.substring(0, query);
        int slash = path.indexOf('/');
        return slash < 0 || path.length() - slash < 16 ? null : path;
    }

    /** The key of {@code url}, or null when it is not an absolute http(s) URL. */
    static String of(String url) {
        if (url == null || url.isBlank()) {
            return null;
        }
        URI uri;
        try {
            uri = URI.create(url.strip().replace(" ", "%20"));
        } catch (IllegalArgumentException e) {
            return null;
        }
        String scheme = uri.getScheme();
        String host = uri.getHost();
        if (scheme == null || host == null || !scheme.toLowerCase(Locale.ROOT).startsWith("http")) {
            return null;
        }
        host = host.toLowerCase(Locale.ROOT);
        if (host.startsWith("www.")) {
            host = host.substring(4);
        }
        String path = uri.getPath() == null ? "" : uri.getPath(); // decoded: %C3%BC and ü are one path
        while (path.endsWith("/")) {
            path = path.substring(0, path.length() - 1);
        }
        StringBuilder key = new StringBuilder(host).append(path);
        String query = uri.getRawQuery();
        if (query != null) {
            String sep = "?";
            for (String param : query.split("&")) {
                String name = param.split("=", 2)[0].toLowerCase(Locale.ROOT);
                if (param.isEmpty() || name.startsWith("utm_") || name.equals("fbclid") || name.equals("gclid")) {
                    continue;
                }
                key.append(sep).append(param);
                sep = "&";
            }
        }
        return key.toString();
    }
}
