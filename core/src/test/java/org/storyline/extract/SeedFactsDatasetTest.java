package org.storyline.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.storyline.testing.SeedFiles;

/** Dataset test on ../shared/datasets/seeds (skipped when absent): person variants, quantities. */
class SeedFactsDatasetTest {
    private static final List<String> SEEDS = List.of("000_", "001_", "002_", "003_", "004_");

    static EntityResolver.Resolution resolve(FactMode mode) {
        Path dir = SeedFiles.assumeSeeds();
        List<ArticleFacts> facts = new ArrayList<>();
        try (FactExtractor x = new FactExtractor(mode)) {
            for (String s : SEEDS) {
                facts.add(x.extract(SeedFiles.id(dir, s), SeedFiles.read(dir, s), LocalDate.of(2023, 12, 7)));
            }
        }
        return new EntityResolver().resolve(facts);
    }

    @Test
    void dump() {
        for (FactMode mode : FactMode.values()) {
            EntityResolver.Resolution r = resolve(mode);
            System.out.println("===== " + mode);
            for (CanonicalEntity e : r.entities()) {
                System.out.println(e);
            }
            for (ArticleFacts f : r.facts()) {
                System.out.println("--- " + f.id() + " " + f.mode() + " " + f.degraded());
                f.timexes().forEach(System.out::println);
                f.quantities().forEach(System.out::println);
                f.quotes().forEach(q -> System.out.println("Q " + q.direct() + " [" + q.speaker() + "] " + q.entity() + " :: " + q.text()));
            }
        }
    }
}
