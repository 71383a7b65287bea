package org.storyline.ingest;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.storyline.model.RawArticle;

/**
 * The feed items of one read call, by page URL ({@link UrlKey}; when that fails, by the URL without its query,
 * which feeds fill with tracking parameters such as {@code ?cmp=rss}). A page that is also in the input wins over its
 * feed item: {@link #complete} fills the page's missing metadata from the item and retires the item; the items
 * left at the end are articles of their own. Holds the items of the feeds only (feeds are small), never pages.
 */
final class FeedIndex {
    private final Map<String, FeedItem> byUrl = new LinkedHashMap<>();
    private final Map<String, String> byPath = new HashMap<>();
    private final List<FeedItem> withoutUrl = new ArrayList<>();

    /** Adds an item; an item whose URL is already indexed is a repeat and is dropped (returns false). */
    boolean add(FeedItem item) {
        String key = UrlKey.of(item.url());
        if (key == null) {
            withoutUrl.add(item);
            return true;
        }
        if (byUrl.putIfAbsent(key, item) != null) {
            return false;
        }
        String path = UrlKey.withoutQuery(item.url());
        if (path != null) {
            byPath.putIfAbsent(path, key);
        }
        return true;
    }

    boolean isEmpty() {
        return byUrl.isEmpty() && withoutUrl.isEmpty();
    }

    /** {@code page} with its missing title, date, authors, outlet and language taken from its feed item, if any. */
    RawArticle complete(RawArticle page) {
        if (byUrl.isEmpty()) {
            return page;
        }
        String key = UrlKey.of(page.url());
        FeedItem item = key == null ? null : byUrl.remove(key);
        if (item == null) {
            String path = UrlKey.withoutQuery(page.url());
            String itemKey = path == null ? null : byPath.get(path);
            item = itemKey == null ? null : byUrl.remove(itemKey);
        }
        if (item == null) {
            return page;
        }
        boolean dated = page.published() != null;
        return new RawArticle(page.id(),
                page.title() != null ? page.title() : item.title(),
                page.text(),
                dated ? page.published() : item.published(),
                page.source() != null ? page.source() : item.source(),
                page.url(),
                page.lang() != null ? page.lang() : item.lang(),
                page.origin(),
                page.authors().isEmpty() ? item.authors() : page.authors(),
                dated ? page.dateEvidence() : item.dateEvidence(),
                page.fetched());
    }

    /** The items no page claimed, in feed order (items without a URL last); the index is empty afterwards. */
    List<FeedItem> drain() {
        List<FeedItem> items = new ArrayList<>(byUrl.values());
        items.addAll(withoutUrl);
        byUrl.clear();
        byPath.clear();
        withoutUrl.clear();
        return items;
    }
}
