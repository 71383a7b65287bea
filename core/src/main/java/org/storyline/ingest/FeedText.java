package org.storyline.ingest;

import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/** The plain text of a feed item's summary or content, paragraphs separated by blank lines. */
final class FeedText {
    private FeedText() {
    }

    /** {@code value} as plain text; {@code type} is the feed's content type ("html", "text/plain"...), may be null. */
    static String plain(String value, String type) {
        if (value == null || value.isBlank()) {
            return "";
        }
        boolean text = type != null && (type.equals("text") || type.equals("text/plain"));
        if (text && value.indexOf('<') < 0) {
            return value.strip();
        }
        Document doc = Jsoup.parseBodyFragment(value);
        List<String> paragraphs = new ArrayList<>();
        for (Element e : doc.body().select("p, li, h1, h2, h3, h4, h5, h6, blockquote, pre")) {
            if (e.select("p, li").stream().anyMatch(inner -> inner != e)) {
                continue; // a container: its paragraphs come on their own
            }
            String t = e.text().strip();
            if (!t.isEmpty()) {
                paragraphs.add(t);
            }
        }
        return paragraphs.isEmpty() ? doc.body().text().strip() : String.join("\n\n", paragraphs);
    }
}
