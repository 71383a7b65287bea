package org.storyline.output;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.storyline.model.AlignedPassage;
import org.storyline.model.Article;
import org.storyline.model.Relation;
import org.storyline.provenance.Family;

/**
 * One line of {@code provenance.jsonl}: {@code id}, {@code original} (or {@code "common_source": "unseen"} when the
 * versions are siblings of a source not in the collection), and {@code members}, each with {@code id},
 * {@code relation}, {@code derived_from}, {@code similarity}, {@code aligned_with} and the aligned {@code passages}
 * ({@code a_start}, {@code a_end} in the member's cleaned text, {@code b_start}, {@code b_end} in the other's,
 * {@code similarity}, and both passages' text as {@code a_text}, {@code b_text}).
 */
public final class ProvenanceJson {
    private final ObjectMapper json;

    public ProvenanceJson(ObjectMapper json) {
        this.json = json;
    }

    public ObjectNode toJson(Family f) {
        ObjectNode o = json.createObjectNode();
        o.put("id", f.id());
        if (f.original().isPresent()) {
            o.put("original", f.original().get());
        } else {
            o.putNull("original");
            o.put("common_source", "unseen");
        }
        ArrayNode members = o.putArray("members");
        for (Family.Member m : f.members()) {
            ObjectNode mo = members.addObject();
            mo.put("id", m.article().id());
            mo.put("relation", m.relation().jsonName());
            mo.put("derived_from", m.derivedFrom());
            if (m.relation() == Relation.ORIGINAL || m.relation() == Relation.INDEPENDENT) {
                mo.putNull("similarity");
            } else {
                mo.put("similarity", Math.round(m.similarity() * 10_000) / 10_000.0);
            }
            mo.put("aligned_with", m.partner());
            ArrayNode ps = mo.putArray("passages");
            Article partner = m.partner() == null ? null
                    : f.members().stream().map(Family.Member::article).filter(a -> a.id().equals(m.partner()))
                            .findFirst().orElse(null);
            for (AlignedPassage p : m.passages()) {
                ObjectNode po = ps.addObject();
                po.put("a_start", p.aStart());
                po.put("a_end", p.aEnd());
                po.put("b_start", p.bStart());
                po.put("b_end", p.bEnd());
                po.put("similarity", p.similarity());
                po.put("a_text", slice(m.article().body(), p.aStart(), p.aEnd()));
                po.put("b_text", partner == null ? null : slice(partner.body(), p.bStart(), p.bEnd()));
            }
        }
        return o;
    }

    private static String slice(String text, int start, int end) {
        int s = Math.min(Math.max(0, start), text.length());
        return text.substring(s, Math.min(Math.max(s, end), text.length()));
    }
}
