package org.storyline.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class EntityResolverTest {
    private static ArticleFacts article(String id, Object... mentions) {
        List<EntityMention> ms = new ArrayList<>();
        int at = 0;
        for (int i = 0; i < mentions.length; i += 2) {
            String text = (String) mentions[i];
            ms.add(new EntityMention(at, at + text.length(), text, (EntityType) mentions[i + 1]));
            at += text.length() + 1;
        }
        return new ArticleFacts(id, FactMode.FAST, false, ms, List.of(), List.of(), List.of());
    }

    private static Map<String, String> idByText(EntityResolver.Resolution r) {
        Map<String, String> out = new HashMap<>();
        for (ArticleFacts f : r.facts()) {
            for (EntityMention m : f.entities()) {
                String old = out.put(m.text(), m.entity());
                assertThat(old == null || old.equals(m.entity())).as("same text, same entity: " + m.text()).isTrue();
            }
        }
        return out;
    }

    @Test
    void variantsOfOnePersonMergeAndDifferentPeopleStayApart() {
        EntityType per = EntityType.PER;
        List<ArticleFacts> facts = List.of(
                article("a", "Anthony Blinken", per, "Andrés Manuel López Obrador", per, "Mr. Liz Sherwood-Randall", per,
                        "Blinken", per, "Lopez Obrador", per, "Alejandro Mayorkas", per),
                article("b", "Antony Blinken", per, "Secretary Blinken", per, "López Obrador", per, "AMLO", EntityType.ORG,
                        "Liz Sherwood-Randall", per, "Alejandro Gonzalez", per),
                article("c", "Mr. Blinken", per, "Andres Manuel Lopez Obrador", per, "Joe Biden", per, "Hunter Biden", per,
                        "Biden", per, "Mayorkas", per));
        EntityResolver.Resolution r = new EntityResolver().resolve(facts);
        Map<String, String> id = idByText(r);
        assertThat(id.get("Antony Blinken")).isEqualTo(id.get("Anthony Blinken")).isEqualTo(id.get("Blinken"))
                .isEqualTo(id.get("Secretary Blinken")).isEqualTo(id.get("Mr. Blinken")).startsWith("per:");
        assertThat(id.get("López Obrador")).isEqualTo(id.get("Lopez Obrador"))
                .isEqualTo(id.get("Andrés Manuel López Obrador")).isEqualTo(id.get("Andres Manuel Lopez Obrador"))
                .isEqualTo(id.get("AMLO"));
        assertThat(id.get("Mr. Liz Sherwood-Randall")).isEqualTo(id.get("Liz Sherwood-Randall"));
        assertThat(id.get("Mayorkas")).isEqualTo(id.get("Alejandro Mayorkas"));
        // same first name, different surnames; same surname, different first names
        assertThat(id.get("Alejandro Gonzalez")).isNotEqualTo(id.get("Alejandro Mayorkas"));
        assertThat(id.get("Joe Biden")).isNotEqualTo(id.get("Hunter Biden"));
        // "Biden" is ambiguous within article c: it joins neither
        assertThat(id.get("Biden")).isNotEqualTo(id.get("Joe Biden")).isNotEqualTo(id.get("Hunter Biden"));

        CanonicalEntity amlo = r.entities().stream().filter(e -> e.id().equals(id.get("AMLO"))).findFirst().orElseThrow();
        assertThat(amlo.name()).isEqualTo("Andrés Manuel López Obrador");
        assertThat(amlo.type()).isEqualTo(EntityType.PER);
        assertThat(amlo.variants()).contains("AMLO", "Lopez Obrador", "López Obrador");
        assertThat(amlo.articles()).containsExactly("a", "b", "c");
        CanonicalEntity blinken = r.entities().stream().filter(e -> e.id().equals(id.get("Blinken"))).findFirst().orElseThrow();
        assertThat(blinken.roles()).contains("Secretary");
        assertThat(blinken.mentions()).isEqualTo(5);
        // deterministic: the same input gives the same ids, in sorted order
        assertThat(new EntityResolver().resolve(facts).entities()).isEqualTo(r.entities());
        assertThat(r.entities()).isSortedAccordingTo(java.util.Comparator.comparing(CanonicalEntity::id));
    }

    @Test
    void otherNamesMergeOnFoldedTextAndAcronyms() {
        List<ArticleFacts> facts = List.of(
                article("a", "United States", EntityType.LOC, "Department of Homeland Security", EntityType.ORG),
                article("b", "U.S.", EntityType.LOC, "US", EntityType.LOC, "DHS", EntityType.ORG));
        Map<String, String> id = idByText(new EntityResolver().resolve(facts));
        assertThat(id.get("U.S.")).isEqualTo(id.get("US")).isEqualTo(id.get("United States"));
        assertThat(id.get("DHS")).isEqualTo(id.get("Department of Homeland Security"));
    }

    @Test
    void aMisspeltLongSurnameMergesButShortOrDifferentOnesDoNot() {
        EntityType per = EntityType.PER;
        List<ArticleFacts> facts = List.of(
                article("a", "Henrik Dalsgaard", per, "Dana Whitcomb", per, "Anna Peters", per, "Erik Karlsson", per),
                article("b", "Henrik Dalsgard", per, "Dana Whitcombe", per, "Anna Peter", per, "Anna Karlsson", per,
                        "Henrik Dalsgaards", per, "Henrik Dahlsgard", per));
        Map<String, String> id = idByText(new EntityResolver().resolve(facts));
        assertThat(id.get("Henrik Dalsgaard")).isEqualTo(id.get("Henrik Dalsgard"))
                .isEqualTo(id.get("Henrik Dalsgaards"));
        assertThat(id.get("Dana Whitcomb")).isEqualTo(id.get("Dana Whitcombe"));
        // "Peters" is too short to be taken for a misspelling; other given names never merge
        assertThat(id.get("Anna Peters")).isNotEqualTo(id.get("Anna Peter"));
        assertThat(id.get("Erik Karlsson")).isNotEqualTo(id.get("Anna Karlsson"));
        assertThat(EntityResolver.misspeltSurname("henrik dalsgaard".split(" "), "henrik dahlsgard".split(" "))).isFalse();
    }
}
