package org.storyline.store;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.storyline.model.Event;
import org.storyline.model.Storyline;

/** Event and storyline ↔ JSON, in the form of {@code events.jsonl} and {@code storylines.jsonl}. */
public final class EventCodec {
    private final ObjectMapper json;

    public EventCodec(ObjectMapper json) {
        this.json = json;
    }

    public ObjectNode toJson(Event e) {
        ObjectNode o = json.createObjectNode();
        o.put("id", e.id());
        o.put("headline", e.headline());
        o.put("start", e.start() == null ? null : e.start().toString());
        o.put("end", e.end() == null ? null : e.end().toString());
        o.put("size", e.articleIds().size());
        e.articleIds().forEach(o.putArray("articles")::add);
        e.sources().forEach(o.putArray("sources")::add);
        e.keyEntities().forEach(o.putArray("key_entities")::add);
        o.put("summary", e.summary());
        return o;
    }

    public Event event(JsonNode o) {
        return new Event(o.path("id").asText(), strings(o.path("articles")), date(o.path("start")),
                date(o.path("end")), o.path("headline").asText(null), o.path("summary").asText(null),
                strings(o.path("sources")), strings(o.path("key_entities")));
    }

    public ObjectNode toJson(Storyline s) {
        ObjectNode o = json.createObjectNode();
        o.put("id", s.id());
        o.put("title", s.title());
        s.eventIds().forEach(o.putArray("events")::add);
        return o;
    }

    public Storyline storyline(JsonNode o) {
        return new Storyline(o.path("id").asText(), o.path("title").asText(null), strings(o.path("events")));
    }

    private static List<String> strings(JsonNode arr) {
        List<String> out = new ArrayList<>();
        arr.forEach(n -> out.add(n.asText()));
        return out;
    }

    private static LocalDate date(JsonNode n) {
        return n == null || n.isNull() || n.isMissingNode() ? null : LocalDate.parse(n.asText());
    }
}
