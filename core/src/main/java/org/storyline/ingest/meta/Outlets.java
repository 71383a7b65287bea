package org.storyline.ingest.meta;

import java.net.URI;
import java.util.Locale;

/** The outlet of an article when its page does not name it: the host of its URL, without {@code www.}. */
public final class Outlets {
    private Outlets() {
    }

    /** {@code https://www.spiegel.de/politik/x} gives {@code spiegel.de}; null when there is no host. */
    public static String fromUrl(String url) {
        if (url == null || url.isBlank()) {
            return null;
        }
        String host;
        try {
            host = URI.create(url.strip().replace(" ", "%20")).getHost();
        } catch (IllegalArgumentException e) {
            return null;
        }
        if (host == null || host.isBlank()) {
            return null;
        }
        host = host.toLowerCase(Locale.ROOT);
        for (String prefix : new String[] {"www.", "www1.", "www2.", "m.", "amp."}) {
            if (host.startsWith(prefix) && host.length() > prefix.length() + 3) {
                return host.substring(prefix.length());
            }
        }
        return host;
    }
}
