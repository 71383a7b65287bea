package org.storyline.index;

import java.io.IOException;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.search.DocIdSetIterator;
import org.storyline.model.Article;
import org.storyline.model.Snapshot;

/**
 * For one index reader and one snapshot: each document's article (its position in the snapshot), the article's
 * rank in id order (the tie-break of equal scores) and its group (its event, or the article alone when it has
 * none). Built once per reader and snapshot, so that ranking and grouping a thousand candidates are array reads
 * rather than a thousand doc-values lookups, string decodings and map lookups.
 */
final class DocTable {
    /** No article in the snapshot for this document (an index not yet brought up to date). */
    static final int NONE = -1;

    final IndexReader reader;
    final Snapshot snapshot;
    private final int[] articleOfDoc;
    private final int[] idRank;
    private final int[] groupOfArticle;

    private DocTable(IndexReader reader, Snapshot snapshot, int[] articleOfDoc, int[] idRank,
            int[] groupOfArticle) {
        this.reader = reader;
        this.snapshot = snapshot;
        this.articleOfDoc = articleOfDoc;
        this.idRank = idRank;
        this.groupOfArticle = groupOfArticle;
    }

    static DocTable build(IndexReader reader, Snapshot snapshot, String idField)
            throws IOException {
        List<Article> articles = snapshot.articles();
        Map<String, Integer> ordinal = new HashMap<>(articles.size() * 2);
        for (int i = 0; i < articles.size(); i++) {
            ordinal.put(articles.get(i).id(), i);
        }
        Integer[] byId = new Integer[articles.size()];
        for (int i = 0; i < byId.length; i++) {
            byId[i] = i;
        }
        Arrays.sort(byId, Comparator.comparing(i -> articles.get(i).id()));
        int[] idRank = new int[articles.size()];
        for (int r = 0; r < byId.length; r++) {
            idRank[byId[r]] = r;
        }
        Map<String, Integer> eventOrdinal = new HashMap<>(snapshot.events().size() * 2);
        for (int i = 0; i < snapshot.events().size(); i++) {
            eventOrdinal.put(snapshot.events().get(i).id(), i);
        }
        int events = snapshot.events().size();
        int[] group = new int[articles.size()];
        for (int i = 0; i < group.length; i++) {
            Integer e = snapshot.eventOf(articles.get(i).id()).map(eventOrdinal::get).orElse(null);
            group[i] = e != null ? e : events + i;
        }
        int[] articleOfDoc = new int[reader.maxDoc()];
        Arrays.fill(articleOfDoc, NONE);
        for (LeafReaderContext leaf : reader.leaves()) {
            SortedDocValues dv = leaf.reader().getSortedDocValues(idField);
            if (dv == null) {
                continue;
            }
            for (int d = dv.nextDoc(); d != DocIdSetIterator.NO_MORE_DOCS; d = dv.nextDoc()) {
                Integer a = ordinal.get(dv.lookupOrd(dv.ordValue()).utf8ToString());
                articleOfDoc[leaf.docBase + d] = a == null ? NONE : a;
            }
        }
        return new DocTable(reader, snapshot, articleOfDoc, idRank, group);
    }

    /** The article of a document (its position in the snapshot's article list), or {@link #NONE}. */
    int article(int doc) {
        return articleOfDoc[doc];
    }

    /** The article's rank when articles are sorted by id. */
    int idRank(int article) {
        return idRank[article];
    }

    /** The article's group: its event's position, or a number of its own when it belongs to no event. */
    int group(int article) {
        return groupOfArticle[article];
    }

    String id(int article) {
        return snapshot.articles().get(article).id();
    }
}
