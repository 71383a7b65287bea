package org.storyline.provenance;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.storyline.model.AlignedPassage;
import org.storyline.model.Article;
import org.storyline.model.CleanText;
import org.storyline.model.DatePrecision;
import org.storyline.model.DateSource;
import org.storyline.model.Dating;
import org.storyline.model.Derivation;
import org.storyline.model.Origin;
import org.storyline.model.Provenance;
import org.storyline.model.ProvenanceLink;
import org.storyline.model.RawArticle;
import org.storyline.model.Relation;
import org.storyline.output.ProvenanceJson;
import org.storyline.store.ArticleCodec;

/** Families: union of copy groups and rewrite links, the original's choice, siblings, output and storage. */
class FamiliesTest {
    private static final String TEXT = "First sentence here. Second sentence here. Third sentence here.";

    private static Article article(String id, String text, Dating dating) {
        Article a = Article.of(new RawArticle(id, null, text, null, null, null, "en", new Origin("t", 1)))
                .withClean(CleanText.unchanged(text));
        return dating == null ? a : a.withDating(dating);
    }

    private static Dating inferred(LocalDate d) {
        return new Dating(d, DatePrecision.DAY, DateSource.TEXT, "from the text");
    }

    /** Links a and b as rewrites; {@code coveredA}, {@code coveredB}: how much of each text is aligned. */
    private static void link(Map<String, List<ProvenanceLink>> links, Article a, Article b, double coveredA,
            double coveredB) {
        AlignedPassage p = new AlignedPassage(0, 0, 0, (int) (a.body().length() * coveredA), 0,
                (int) (b.body().length() * coveredB), 1.0);
        links.computeIfAbsent(a.id(), k -> new java.util.ArrayList<>())
                .add(new ProvenanceLink(b.id(), Relation.REWRITE, 0.7, List.of(p)));
        links.computeIfAbsent(b.id(), k -> new java.util.ArrayList<>())
                .add(new ProvenanceLink(a.id(), Relation.REWRITE, 0.7, List.of(p.swapped())));
    }

    @Test
    void theEarliestGivenDateIsTheOriginalAndFamilyIdsNameIt() {
        Article early = article("early", TEXT, Dating.given(LocalDate.of(2024, 2, 10)));
        Article late = article("late", TEXT + " More.", Dating.given(LocalDate.of(2024, 2, 12)));
        Article copy = article("copy", TEXT, Dating.given(LocalDate.of(2024, 2, 13))).withDuplicateOf("late")
                .withDerivation(Derivation.copyOf("late"));
        Map<String, List<ProvenanceLink>> links = new HashMap<>();
        link(links, early, late, 1, 0.9);
        Map<String, Provenance> p = Families.assign(List.of(late, copy, early), links);
        assertThat(p.get("early").relation()).isEqualTo(Relation.ORIGINAL);
        assertThat(p.get("late").relation()).isEqualTo(Relation.REWRITE);
        assertThat(p.get("late").derivedFrom()).isEqualTo("early");
        assertThat(p.get("copy").relation()).isEqualTo(Relation.COPY);
        assertThat(p.get("copy").derivedFrom()).isEqualTo("late");
        assertThat(p.values()).allSatisfy(v -> assertThat(v.family()).isEqualTo("fam-early"));
    }

    @Test
    void aDateInferredFromTheTextADayEarlierDoesNotBeatAGivenDate() {
        Article repost = article("repost", TEXT + " Extra line.", inferred(LocalDate.of(2024, 2, 11)));
        Article original = article("original", TEXT, Dating.given(LocalDate.of(2024, 2, 12)));
        Map<String, List<ProvenanceLink>> links = new HashMap<>();
        link(links, repost, original, 0.9, 1);
        Map<String, Provenance> p = Families.assign(List.of(repost, original), links);
        assertThat(p.get("original").relation()).isEqualTo(Relation.ORIGINAL);
        assertThat(p.get("repost").derivedFrom()).isEqualTo("original");
        assertThat(p.get("repost").family()).isEqualTo("fam-original");
        // but an inferred date well before the given one wins
        Article older = article("older", TEXT + " Extra line.", inferred(LocalDate.of(2024, 2, 5)));
        Map<String, List<ProvenanceLink>> links2 = new HashMap<>();
        link(links2, older, original, 0.9, 1);
        assertThat(Families.assign(List.of(older, original), links2).get("older").relation())
                .isEqualTo(Relation.ORIGINAL);
    }

    @Test
    void sameDayVersionsWithContentOfTheirOwnAreSiblingsOfAnUnseenSource() {
        Dating day = inferred(LocalDate.of(2023, 12, 28));
        Article a = article("a", TEXT + " Only in a.", day);
        Article b = article("b", TEXT + " Only in b, longer.", day);
        Map<String, List<ProvenanceLink>> links = new HashMap<>();
        link(links, a, b, 0.6, 0.6);
        Map<String, Provenance> p = Families.assign(List.of(a, b), links);
        assertThat(p.get("a").sibling()).isTrue();
        assertThat(p.get("b").sibling()).isTrue();
        assertThat(p.get("a").family()).isEqualTo(p.get("b").family()).isEqualTo("fam-a");
        // when one contains the other, the more complete one is the original
        Map<String, List<ProvenanceLink>> contained = new HashMap<>();
        link(contained, a, b, 0.95, 0.6);
        assertThat(Families.assign(List.of(a, b), contained).get("b").relation()).isEqualTo(Relation.ORIGINAL);
    }

    @Test
    void provenanceJsonHasTheFamilyShapeAndTheStoreKeepsIt() throws Exception {
        Dating day = inferred(LocalDate.of(2023, 12, 28));
        Article a = article("a", TEXT + " Only in a.", day);
        Article b = article("b", TEXT + " Only in b, longer.", day);
        Article c = article("c", "Unrelated text entirely.", day);
        Map<String, List<ProvenanceLink>> links = new HashMap<>();
        link(links, a, b, 0.6, 0.6);
        links.computeIfAbsent("c", k -> new java.util.ArrayList<>())
                .add(new ProvenanceLink("a", Relation.INDEPENDENT, 0.1, List.of()));
        links.computeIfAbsent("a", k -> new java.util.ArrayList<>())
                .add(new ProvenanceLink("c", Relation.INDEPENDENT, 0.1, List.of()));
        Map<String, Provenance> p = Families.assign(List.of(a, b, c), links);
        assertThat(p.get("c").relation()).isEqualTo(Relation.INDEPENDENT);
        List<Article> all = List.of(a.withProvenance(p.get("a")), b.withProvenance(p.get("b")),
                c.withProvenance(p.get("c")));
        List<Family> families = Family.of(all);
        assertThat(families).hasSize(1);
        ObjectMapper json = new ObjectMapper();
        ObjectNode line = new ProvenanceJson(json).toJson(families.get(0));
        assertThat(line.get("id").asText()).isEqualTo("fam-a");
        assertThat(line.get("common_source").asText()).isEqualTo("unseen");
        assertThat(line.get("original").isNull()).isTrue();
        assertThat(line.get("members")).hasSize(2);
        var member = line.get("members").get(0);
        assertThat(member.get("relation").asText()).isEqualTo("rewrite");
        assertThat(member.get("derived_from").isNull()).isTrue();
        var passage = member.get("passages").get(0);
        assertThat(passage.fieldNames()).toIterable().contains("a_start", "a_end", "b_start", "b_end", "similarity",
                "a_text", "b_text");
        assertThat(passage.get("a_text").asText()).startsWith("First sentence");

        ArticleCodec codec = new ArticleCodec(json);
        for (Article x : all) {
            Article back = codec.fromStored(json.readTree(json.writeValueAsString(codec.toJson(x, true))));
            assertThat(back.provenance()).isEqualTo(x.provenance());
            assertThat(codec.toJson(back, false).get("family").asText()).isEqualTo(x.provenance().family());
        }
        // a store written before provenance existed reads back without it
        ObjectNode old = codec.toJson(a, true);
        old.remove("provenance");
        old.remove("family");
        assertThat(codec.fromStored(old).provenance()).isNull();
        assertThat(codec.toJson(codec.fromStored(old), false).get("relation").asText()).isEqualTo("original");
    }
}
