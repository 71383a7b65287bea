package org.storyline.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.storyline.extract.EntityType;
import org.storyline.model.Snapshot;

class CoverageTest {
    private static final String ENTITIES = """
            {"id":"org:lopez-bank","name":"Lopez Bank","type":"ORG","variants":["Lopez Bank"],"roles":[],"articles":["a2"],"mentions":1}
            {"id":"per:andres-manuel-lopez-obrador","name":"Andrés Manuel López Obrador","type":"PER","variants":["López Obrador","AMLO"],"roles":["President"],"articles":["a1","a2"],"mentions":5}

            {"id":"per:antony-blinken","name":"Antony Blinken","type":"PER","variants":["Anthony Blinken"],"roles":["Secretary"],"articles":["a1"],"mentions":2}
            """;

    @Test
    void entitiesAreFoundByAPrefixOfANameVariantOrWordIgnoringCaseAndAccents(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("entities.jsonl"), ENTITIES);
        try (Coverage c = Coverage.load(dir, Snapshot.empty())) {
            assertThat(c.has(Coverage.Kind.ENTITIES)).isTrue();
            assertThat(c.has(Coverage.Kind.FACTS)).isFalse();
            // most articles first, then id
            assertThat(c.entities(null, null)).extracting(Coverage.Entity::id).containsExactly(
                    "per:andres-manuel-lopez-obrador", "org:lopez-bank", "per:antony-blinken");
            assertThat(c.entities(null, "LÓPEZ")).extracting(Coverage.Entity::id)
                    .containsExactly("per:andres-manuel-lopez-obrador", "org:lopez-bank");
            assertThat(c.entities(EntityType.PER, "lopez")).extracting(Coverage.Entity::id)
                    .containsExactly("per:andres-manuel-lopez-obrador");
            assertThat(c.entities(null, "amlo")).extracting(Coverage.Entity::id)
                    .containsExactly("per:andres-manuel-lopez-obrador");
            assertThat(c.entities(null, "anthony")).extracting(Coverage.Entity::id)
                    .containsExactly("per:antony-blinken");
            assertThat(c.entities(null, "obr")).hasSize(1);
            assertThat(c.entities(null, "brador")).isEmpty(); // a prefix, not a substring
            assertThat(c.articlesOf("per:andres-manuel-lopez-obrador")).containsExactlyInAnyOrder("a1", "a2");
            assertThat(c.articlesOf("per:nobody")).isEmpty();
            assertThat(c.entityDetail("per:antony-blinken").orElseThrow().get("roles").get(0).asText())
                    .isEqualTo("Secretary");
        }
    }

    @Test
    void linesAreReadOnDemandFromTheFileAsItWasAtLoad(@TempDir Path dir) throws Exception {
        String big = "x".repeat(200_000);
        Files.writeString(dir.resolve("facts.jsonl"), "{\"id\":\"a1\",\"mode\":\"fast\",\"entities\":[],\"note\":\""
                + big + "\"}\n{\"id\":\"a2\",\"mode\":\"fast\",\"entities\":[{\"start\":0,\"end\":1}]}\n");
        Files.writeString(dir.resolve("summaries.jsonl"), """
                {"event":"e1","sentences":[{"text":"One.","article":"a1","start":0,"end":4}]}
                {"storyline":"s1","sentences":[{"text":"One.","article":"a1","start":0,"end":4,"date":"2024-01-01"}]}
                """);
        try (Coverage c = Coverage.load(dir, Snapshot.empty())) {
            assertThat(c.facts("a2").orElseThrow().get("entities")).hasSize(1);
            assertThat(c.facts("a1").orElseThrow().get("note").asText()).hasSize(200_000);
            assertThat(c.facts("a3")).isEmpty();
            assertThat(c.eventSummary("e1").orElseThrow().get("sentences")).hasSize(1);
            assertThat(c.storylineSummary("s1").orElseThrow().get("sentences").get(0).get("date").asText())
                    .isEqualTo("2024-01-01");
            assertThat(c.eventSummary("s1")).isEmpty();
            // a newer analysis replaces the file atomically: this instance still reads the one it indexed
            Path tmp = dir.resolve("facts.jsonl.tmp");
            Files.writeString(tmp, "{\"id\":\"zz\"}\n");
            Files.move(tmp, dir.resolve("facts.jsonl"), StandardCopyOption.REPLACE_EXISTING,
                    StandardCopyOption.ATOMIC_MOVE);
            assertThat(c.facts("a2").orElseThrow().get("id").asText()).isEqualTo("a2");
            assertThatThrownBy(() -> c.comparison("e1")).isInstanceOf(NotFound.class)
                    .hasMessageContaining("derived/comparison.jsonl").hasMessageContaining("storyline analyze");
        }
    }

    @Test
    void aBrokenFileIsLeftOutAndTheRestServed(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("entities.jsonl"), "{not json\n");
        Files.writeString(dir.resolve("comparison.jsonl"), "{\"event\":\"e1\",\"agreements\":[]}\n");
        try (Coverage c = Coverage.load(dir, Snapshot.empty())) {
            assertThat(c.has(Coverage.Kind.ENTITIES)).isFalse();
            assertThat(c.entityCount()).isZero();
            assertThat(c.comparison("e1")).isPresent();
        }
        assertThat(Coverage.fold("Ñandú ÉCOLE")).isEqualTo("nandu ecole");
        assertThat(List.of(Coverage.Kind.values())).hasSize(4);
    }
}
