package org.storyline.model;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * An article as it moves through the pipeline. Stages return copies with their annotation filled in
 * ({@code with…} methods); a field is null until the stage that provides it ran.
 *
 * @param original    the text exactly as read (offsets in {@link #offsets} and {@link #removed} point into it)
 * @param text        the cleaned body ({@link org.storyline.pipeline.Annotation#CLEAN_TEXT})
 * @param dating      the article's date with evidence ({@link org.storyline.pipeline.Annotation#DATING})
 * @param contentHash hash of the normalized text ({@link org.storyline.pipeline.Annotation#CONTENT_HASH})
 * @param duplicateOf id of the earlier article this one duplicates (the original of its family), or null
 * @param derivation  for a copy or near copy: the relation, the closest earlier version and the similarity;
 *                    null for originals (and for duplicates read from stores written before it existed)
 * @param authors     author names as given by the input (empty when none)
 * @param fetched     when the page was fetched (a WARC record's date), or null
 * @param provenance  its family, relation and evidence among all versions (issue #5); null until the provenance
 *                    pass ran (and for stores written before it existed)
 */
public record Article(
        String id,
        String title,
        String original,
        String text,
        String source,
        String url,
        String lang,
        Origin origin,
        List<RemovedSpan> removed,
        OffsetMap offsets,
        Dating dating,
        String contentHash,
        String duplicateOf,
        Derivation derivation,
        List<String> authors,
        Instant fetched,
        Provenance provenance) {

    public Article {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(original, "original");
        Objects.requireNonNull(origin, "origin");
        removed = removed == null ? null : List.copyOf(removed);
        authors = authors == null ? List.of() : List.copyOf(authors);
    }

    /** An article without provenance. */
    public Article(String id, String title, String original, String text, String source, String url, String lang,
            Origin origin, List<RemovedSpan> removed, OffsetMap offsets, Dating dating, String contentHash,
            String duplicateOf, Derivation derivation, List<String> authors, Instant fetched) {
        this(id, title, original, text, source, url, lang, origin, removed, offsets, dating, contentHash,
                duplicateOf, derivation, authors, fetched, null);
    }

    /** An article with no derivation, authors or fetch time. */
    public Article(String id, String title, String original, String text, String source, String url, String lang,
            Origin origin, List<RemovedSpan> removed, OffsetMap offsets, Dating dating, String contentHash,
            String duplicateOf) {
        this(id, title, original, text, source, url, lang, origin, removed, offsets, dating, contentHash,
                duplicateOf, null, List.of(), null, null);
    }

    /** The starting point: the raw article with only its given metadata. */
    public static Article of(RawArticle raw) {
        Dating dating = null;
        if (raw.published() != null) {
            dating = raw.dateEvidence() == null
                    ? Dating.given(raw.published())
                    : new Dating(raw.published(), DatePrecision.DAY, DateSource.GIVEN, raw.dateEvidence());
        }
        return new Article(raw.id(), raw.title(), raw.text(), null, raw.source(), raw.url(), raw.lang(),
                raw.origin(), null, null, dating, null, null, null, raw.authors(), raw.fetched(), null);
    }

    public Article withClean(CleanText clean) {
        return new Article(id, title, original, clean.text(), source, url, lang, origin, clean.removed(),
                clean.offsets(), dating, contentHash, duplicateOf, derivation, authors, fetched, provenance);
    }

    public Article withTitle(String newTitle) {
        return new Article(id, newTitle, original, text, source, url, lang, origin, removed, offsets, dating,
                contentHash, duplicateOf, derivation, authors, fetched, provenance);
    }

    public Article withDating(Dating newDating) {
        return new Article(id, title, original, text, source, url, lang, origin, removed, offsets, newDating,
                contentHash, duplicateOf, derivation, authors, fetched, provenance);
    }

    public Article withContentHash(String hash) {
        return new Article(id, title, original, text, source, url, lang, origin, removed, offsets, dating, hash,
                duplicateOf, derivation, authors, fetched, provenance);
    }

    public Article withDuplicateOf(String otherId) {
        return new Article(id, title, original, text, source, url, lang, origin, removed, offsets, dating,
                contentHash, otherId, derivation, authors, fetched, provenance);
    }

    /** This article with its derivation (null for an original). */
    public Article withDerivation(Derivation newDerivation) {
        return new Article(id, title, original, text, source, url, lang, origin, removed, offsets, dating,
                contentHash, duplicateOf, newDerivation, authors, fetched, provenance);
    }

    /** This article with its provenance. */
    public Article withProvenance(Provenance newProvenance) {
        return new Article(id, title, original, text, source, url, lang, origin, removed, offsets, dating,
                contentHash, duplicateOf, derivation, authors, fetched, newProvenance);
    }

    /** The relation to its family: from its provenance when known, else {@link Relation#ORIGINAL} unless derived. */
    public Relation relation() {
        if (provenance != null) {
            return provenance.relation();
        }
        if (derivation != null) {
            return derivation.relation();
        }
        return duplicateOf == null ? Relation.ORIGINAL : Relation.COPY;
    }

    /** The cleaned text when cleaning ran, else the original. */
    public String body() {
        return text != null ? text : original;
    }

    /** True when the article has a date (given or inferred). */
    public boolean isDated() {
        return dating != null && dating.isDated();
    }
}
