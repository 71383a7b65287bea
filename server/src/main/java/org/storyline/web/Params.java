package org.storyline.web;

import io.javalin.http.Context;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.storyline.extract.EntityType;
import org.storyline.index.SearchFilter;
import org.storyline.index.SearchMode;
import org.storyline.index.SearchRequest;

/** Query parameters, checked: anything malformed or out of bounds is a {@link BadRequest} that says why. */
final class Params {
    static final int DEFAULT_SIZE = 20;
    static final int MAX_SIZE = 100;
    static final int MAX_PAGE = 10_000;

    private Params() {}

    /** A page request: 1-based page, size of at most {@link #MAX_SIZE}. */
    record Paging(int page, int size) {
        int offset() {
            return (page - 1) * size;
        }
    }

    static Paging paging(Context ctx) {
        return new Paging(integer(ctx, "page", 1, 1, MAX_PAGE), integer(ctx, "size", DEFAULT_SIZE, 1, MAX_SIZE));
    }

    /**
     * The filters {@code source}, {@code lang}, {@code from}, {@code to}, {@code event}, {@code storyline} and
     * {@code entity} (a canonical entity id: only the articles mentioning it; an unknown one matches nothing).
     */
    static SearchFilter filter(Context ctx, View v) {
        SearchFilter f;
        try {
            f = new SearchFilter(ctx.queryParam("source"), ctx.queryParam("lang"), date(ctx, "from"),
                    date(ctx, "to"), ctx.queryParam("event"), ctx.queryParam("storyline"));
        } catch (IllegalArgumentException e) {
            throw new BadRequest(e.getMessage());
        }
        String entity = entity(ctx);
        if (entity == null) {
            return f;
        }
        if (!v.coverage().has(Coverage.Kind.ENTITIES)) {
            throw new NotFound(Coverage.Kind.ENTITIES.missing());
        }
        return f.withArticles(v.coverage().articlesOf(entity));
    }

    /** The {@code entity} filter, or null. */
    static String entity(Context ctx) {
        String e = ctx.queryParam("entity");
        return e == null || e.isBlank() ? null : e.strip();
    }

    /** The search in {@code q}, {@code mode} (default hybrid), the filters and the paging. */
    static SearchRequest search(Context ctx, View v) {
        String q = ctx.queryParam("q");
        if (q == null || q.isBlank()) {
            throw new BadRequest("parameter 'q' (the query) is required");
        }
        if (q.length() > 1000) {
            throw new BadRequest("the query is longer than 1000 characters");
        }
        SearchMode mode = mode(ctx);
        Paging p = paging(ctx);
        if ((long) p.page() * p.size() > SearchRequest.MAX_RANK) {
            throw new BadRequest("only the first " + SearchRequest.MAX_RANK + " results can be paged through (page "
                    + p.page() + " of size " + p.size() + " is beyond)");
        }
        return new SearchRequest(q, mode, filter(ctx, v), p.page(), p.size());
    }

    /** The entity type in {@code type} (PER, ORG, LOC or MISC, any case), or null for any. */
    static EntityType entityType(Context ctx) {
        String t = ctx.queryParam("type");
        if (t == null || t.isBlank()) {
            return null;
        }
        try {
            return EntityType.valueOf(t.strip().toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new BadRequest("parameter 'type' must be one of PER, ORG, LOC, MISC, got '" + t + "'");
        }
    }

    /** The entity name prefix in {@code q}, or null; at most 200 characters. */
    static String prefix(Context ctx) {
        String q = ctx.queryParam("q");
        if (q != null && q.length() > 200) {
            throw new BadRequest("parameter 'q' is longer than 200 characters");
        }
        return q == null || q.isBlank() ? null : q.strip();
    }

    static SearchMode mode(Context ctx) {
        String m = ctx.queryParam("mode");
        try {
            return m == null || m.isBlank() ? SearchMode.HYBRID : SearchMode.parse(m);
        } catch (IllegalArgumentException e) {
            throw new BadRequest(e.getMessage());
        }
    }

    static int integer(Context ctx, String name, int dflt, int min, int max) {
        String v = ctx.queryParam(name);
        if (v == null || v.isBlank()) {
            return dflt;
        }
        try {
            int n = Integer.parseInt(v.strip());
            if (n >= min && n <= max) {
                return n;
            }
        } catch (NumberFormatException e) {
            // fall through
        }
        throw new BadRequest("parameter '" + name + "' must be a whole number from " + min + " to " + max);
    }

    static LocalDate date(Context ctx, String name) {
        String v = ctx.queryParam(name);
        if (v == null || v.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(v.strip());
        } catch (DateTimeParseException e) {
            throw new BadRequest("parameter '" + name + "' must be a date YYYY-MM-DD, got '" + v + "'");
        }
    }
}
