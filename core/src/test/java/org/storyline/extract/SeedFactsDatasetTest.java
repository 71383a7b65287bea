package org.storyline.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.storyline.testing.SeedFiles;

/**
 * Dataset test on ../shared/datasets/seeds (skipped when absent): every variant of a person is merged, no two
 * people are, and the quantities are found with value and unit; in both modes.
 */
class SeedFactsDatasetTest {
    private static final List<String> SEEDS = List.of("000_", "001_", "002_", "003_", "004_");

    private static EntityResolver.Resolution resolve(FactMode mode) {
        Path dir = SeedFiles.assumeSeeds();
        List<ArticleFacts> facts = new ArrayList<>();
        try (FactExtractor x = new FactExtractor(mode)) {
            for (String s : SEEDS) {
                facts.add(x.extract(SeedFiles.id(dir, s), SeedFiles.read(dir, s), LocalDate.of(2023, 12, 7)));
            }
        }
        return new EntityResolver().resolve(facts);
    }

    @ParameterizedTest
    @EnumSource(FactMode.class)
    void personVariantsMergeAndPeopleStayApart(FactMode mode) {
        EntityResolver.Resolution r = resolve(mode);
        Map<String, Set<String>> idsByName = new TreeMap<>();
        for (ArticleFacts f : r.facts()) {
            for (EntityMention m : f.entities()) {
                if (m.type() == EntityType.PER) {
                    idsByName.computeIfAbsent(m.text().replaceAll("’s$|'s$", ""), k -> new HashSet<>()).add(m.entity());
                }
            }
        }
        assertThat(one(idsByName, "Anthony Blinken")).isEqualTo(one(idsByName, "Antony Blinken"))
                .isEqualTo(one(idsByName, "Blinken"));
        assertThat(one(idsByName, "Andrés Manuel López Obrador")).isEqualTo(one(idsByName, "López Obrador"))
                .isEqualTo(one(idsByName, "Andres Manuel Lopez Obrador"));
        assertThat(one(idsByName, "Joe Biden")).isEqualTo(one(idsByName, "Biden"));
        if (mode == FactMode.FAST) {
            // CoreNLP's CRF tags "White House Director of Strategic Communications Mercedes Schlapp" as one ORG
            assertThat(one(idsByName, "Mercedes Schlapp")).isEqualTo(one(idsByName, "Schlapp"));
        }
        assertThat(one(idsByName, "Brandon Johnson")).isEqualTo(one(idsByName, "Johnson"));
        // different people never share an id
        List<String> people = List.of("Anthony Blinken", "Andrés Manuel López Obrador", "Joe Biden",
                "Alejandro Mayorkas", "Schlapp", "Brandon Johnson", "Greg Abbott", "John Kirby",
                "Jake Sullivan", "Kamala Harris", "Marcelo Ebrard");
        Set<String> ids = new HashSet<>();
        for (String p : people) {
            assertThat(ids.add(one(idsByName, p))).as(p + " has an entity of its own").isTrue();
        }
        // "Mr. Liz Sherwood-Randall" (a mistaken honorific) is the person Liz Sherwood-Randall
        assertThat(one(idsByName, "Liz Sherwood-Randall")).isEqualTo("per:liz-sherwood-randall");
    }

    private static String one(Map<String, Set<String>> idsByName, String name) {
        assertThat(idsByName).as("persons found").containsKey(name);
        assertThat(idsByName.get(name)).as(name).hasSize(1);
        return idsByName.get(name).iterator().next();
    }

    @ParameterizedTest
    @EnumSource(FactMode.class)
    void quantitiesAreFoundWithValueAndUnit(FactMode mode) {
        EntityResolver.Resolution r = resolve(mode);
        List<String> found = new ArrayList<>();
        for (ArticleFacts f : r.facts()) {
            for (Quantity q : f.quantities()) {
                found.add(String.format(java.util.Locale.ROOT, "%.0f %s %s", q.value(), q.unit(), q.approx()));
            }
        }
        assertThat(found).contains("132887 apprehensions null", "84542 adults null", "11507 children null",
                "2 hours more than", "50000 immigrants nearly", "191000 migrants more than", "10000 migrants null",
                "50000 migrants nearly", "10000 migrants per day up to", "10000 people per day null",
                "200000000 USD per day exceeding", "680000 people null", "6000 people over");
    }
}
