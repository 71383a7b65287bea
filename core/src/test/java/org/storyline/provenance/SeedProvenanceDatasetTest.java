package org.storyline.provenance;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.storyline.clean.CleanStage;
import org.storyline.embed.MiniLmEmbedder;
import org.storyline.model.Article;
import org.storyline.model.Origin;
import org.storyline.model.Provenance;
import org.storyline.model.RawArticle;
import org.storyline.model.Relation;
import org.storyline.testing.SeedFiles;
import org.storyline.text.Terms;

/**
 * Dataset test on ../shared/datasets/seeds (skipped visibly when absent): 001 (a spun copy) and 002 (an AI
 * paraphrase) of one wire story are one family of siblings, 003 (same event, own text) is independent, 000 and 004
 * are unrelated to them.
 */
class SeedProvenanceDatasetTest {

    @Test
    void theSpunCopyAndTheParaphraseAreSiblingRewritesAndTheThirdReportIsIndependent() {
        Path dir = SeedFiles.assumeSeeds();
        CleanStage clean = new CleanStage();
        List<Article> seeds = new ArrayList<>();
        for (String p : List.of("000_", "001_", "002_", "003_", "004_")) {
            seeds.add(clean.apply(Article.of(new RawArticle(p.substring(0, 3), null, SeedFiles.read(dir, p), null,
                    null, null, "en", new Origin(p, 0)))));
        }
        // the events of the acceptance test: 001-003 one event, 000 and 004 each their own
        Map<String, String> events = Map.of("000", "e0", "001", "e1", "002", "e1", "003", "e1", "004", "e4");
        try (Terms terms = new Terms()) {
            List<Article> changed = new ProvenancePass(RewriteSettings.defaults(), MiniLmEmbedder::new, terms)
                    .run(seeds, Set.of("000", "001", "002", "003", "004"), events::get);
            Map<String, Provenance> p = new HashMap<>();
            changed.forEach(a -> p.put(a.id(), a.provenance()));
            assertThat(p).hasSize(5);
            assertThat(p.get("001").family()).isEqualTo(p.get("002").family()).isEqualTo("fam-001");
            assertThat(p.get("001").relation()).isEqualTo(Relation.REWRITE);
            assertThat(p.get("002").relation()).isEqualTo(Relation.REWRITE);
            assertThat(p.get("001").sibling()).as("siblings of an unseen common source").isTrue();
            assertThat(p.get("002").sibling()).isTrue();
            assertThat(p.get("001").linkTo("002").orElseThrow().passages()).hasSizeGreaterThanOrEqualTo(5);
            assertThat(p.get("003").family()).isEqualTo("fam-003");
            assertThat(p.get("003").relation()).isEqualTo(Relation.INDEPENDENT);
            assertThat(p.get("000").relation()).isEqualTo(Relation.ORIGINAL);
            assertThat(p.get("004").relation()).isEqualTo(Relation.ORIGINAL);
            assertThat(Set.of(p.get("000").family(), p.get("004").family())).doesNotContain("fam-001", "fam-003");
        }
    }
}
