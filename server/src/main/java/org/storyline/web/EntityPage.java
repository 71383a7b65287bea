package org.storyline.web;

import static org.storyline.web.Layout.*;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.storyline.extract.EntityType;
import org.storyline.model.Snapshot;

/**
 * The entity pages: {@code /entities} (the canonical entities, most mentioned first, searchable by a prefix of a
 * name or variant and filtered by type) and {@code /entities/{id}} (name, type, variants, roles, the articles
 * that mention it grouped by event, and a link to the search restricted to them).
 */
final class EntityPage {
    private EntityPage() {}

    static String list(View v, EntityType type, String q, Params.Paging p) {
        Html h = new Html();
        h.el("h1", "Entities");
        h.open("form", "class", "search", "action", "/entities", "method", "get", "role", "search");
        h.open("p", "class", "query");
        h.el("label", "Name", "for", "eq");
        h.open("input", "type", "search", "id", "eq", "name", "q", "value", q, "placeholder", "a name or its start");
        h.open("label", "for", "etype").text("Type").close("label");
        h.open("select", "id", "etype", "name", "type");
        h.open("option", "value", "", "selected", type == null ? "selected" : null).text("any").close("option");
        for (EntityType t : EntityType.values()) {
            h.open("option", "value", t.name(), "selected", t == type ? "selected" : null).text(typeName(t))
                    .close("option");
        }
        h.close("select");
        h.raw("<button type=\"submit\">Find</button>");
        h.close("p").close("form");
        if (!v.coverage().has(Coverage.Kind.ENTITIES)) {
            h.el("p", Coverage.Kind.ENTITIES.missing(), "class", "missing");
            return page("Entities", null, h);
        }
        List<Coverage.Entity> all = v.coverage().entities(type, q);
        Api.Page<Coverage.Entity> page = Api.page(all, p);
        h.open("p", "class", "meta", "role", "status").text(count(all.size(), "entity", "entities")
                + (q == null ? "" : " matching “" + q + "”")).close("p");
        h.open("ol", "class", "entity-list", "start", Integer.toString(p.offset() + 1));
        for (Coverage.Entity e : page.items()) {
            h.open("li", "class", FactMarks.Kind.ofEntityType(e.type().name()).css);
            h.link(Links.entity(e.id()), e.name());
            h.text(" ").el("span", typeName(e.type()), "class", "type");
            h.text(" ").el("span", count(e.articles().size(), "article", "articles"), "class", "meta");
            h.close("li");
        }
        h.close("ol");
        StringBuilder params = new StringBuilder();
        if (q != null) {
            params.append("q=").append(Links.query(q));
        }
        if (type != null) {
            params.append(params.isEmpty() ? "" : "&").append("type=").append(type.name());
        }
        pager(h, "/entities", p, all.size(), params.toString());
        return page("Entities", null, h);
    }

    static String render(View v, String id) {
        Snapshot s = v.snapshot();
        Coverage.Entity e = Api.entityOf(v, id);
        JsonNode detail = v.coverage().entityDetail(id).orElseThrow();
        Html h = new Html();
        h.open("nav", "class", "crumbs", "aria-label", "Breadcrumb").open("ol");
        h.open("li").link(Links.home(), "All storylines").close("li");
        h.open("li").link("/entities", "Entities").close("li");
        h.close("ol").close("nav");
        h.open("article", "class", "entity-page");
        h.el("h1", e.name());
        h.open("dl", "class", "facts");
        h.el("dt", "Type").el("dd", typeName(e.type()));
        List<String> variants = Api.strings(detail.path("variants"));
        if (!variants.isEmpty()) {
            h.el("dt", "Written as").open("dd").open("ul", "class", "inline variants");
            variants.forEach(x -> h.el("li", x));
            h.close("ul").close("dd");
        }
        List<String> roles = Api.strings(detail.path("roles"));
        if (!roles.isEmpty()) {
            h.el("dt", "Roles").open("dd").open("ul", "class", "inline roles");
            roles.forEach(x -> h.el("li", x));
            h.close("ul").close("dd");
        }
        h.el("dt", "Mentions").el("dd", count(e.mentions(), "mention", "mentions") + " in "
                + count(e.articles().size(), "article", "articles"));
        h.close("dl");
        h.open("p").link(Links.search(e.name(), "entity", e.id()), "Search the articles that mention "
                + e.name()).close("p");
        List<Api.EventArticles> events = Api.entityEvents(s, e);
        h.el("h2", "Articles by event (" + count(events.size(), "event", "events") + ")");
        Set<String> inEvents = new HashSet<>();
        h.open("ol", "class", "events");
        for (Api.EventArticles en : events) {
            h.open("li", "class", "event");
            h.open("h3").link(Links.event(en.event().id()), headline(en.event())).close("h3");
            h.open("p", "class", "meta");
            dateRange(h, en.event().start(), en.event().end());
            h.close("p");
            articleList(h, s, en.articles());
            inEvents.addAll(en.articles());
            h.close("li");
        }
        h.close("ol");
        List<String> loose = e.articles().stream().filter(a -> !inEvents.contains(a)).toList();
        if (!loose.isEmpty()) {
            h.el("h2", "Articles in no event");
            articleList(h, s, loose);
        }
        h.close("article");
        return page(e.name(), typeName(e.type()), h);
    }

    static String typeName(EntityType t) {
        return switch (t) {
            case PER -> "person";
            case ORG -> "organization";
            case LOC -> "place";
            case MISC -> "other";
        };
    }
}
