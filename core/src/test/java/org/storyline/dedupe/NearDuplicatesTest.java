package org.storyline.dedupe;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.storyline.dedupe.DedupeFixtures.article;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.storyline.model.Article;
import org.storyline.model.Derivation;
import org.storyline.model.Relation;

class NearDuplicatesTest {
    private final NearDuplicateSettings settings = NearDuplicateSettings.defaults();

    private static List<Article> exact(List<Article> batch) {
        return new ExactDuplicates(h -> Optional.empty()).mark(batch);
    }

    private NearDuplicates.Marked mark(List<Article> batch) {
        return new NearDuplicates(new NearDuplicateIndex(settings)).mark(exact(batch));
    }

    private static Article byId(NearDuplicates.Marked m, String id) {
        return m.articles().stream().filter(a -> a.id().equals(id)).findFirst().orElseThrow();
    }

    @Test
    void aCopyWithBoilerplateAddedIsANearCopy() {
        String scraped = "Share this article on Facebook. " + DedupeFixtures.flood()
                + " Sign up for our newsletter to get the latest local news every morning.";
        NearDuplicates.Marked m = mark(List.of(article("orig", DedupeFixtures.flood()), article("scraped", scraped)));
        Article copy = byId(m, "scraped");
        assertThat(copy.relation()).isEqualTo(Relation.NEAR_COPY);
        assertThat(copy.duplicateOf()).isEqualTo("orig");
        assertThat(copy.derivation().derivedFrom()).isEqualTo("orig");
        assertThat(copy.derivation().similarity()).isBetween(0.8, 0.99);
        assertThat(byId(m, "orig").relation()).isEqualTo(Relation.ORIGINAL);
        assertThat(m.nearCopies()).isEqualTo(1);
    }

    @Test
    void aCopyWithASentenceDroppedIsANearCopy() {
        List<String> sentences = new ArrayList<>(DedupeFixtures.FLOOD);
        sentences.remove(6);
        NearDuplicates.Marked m = mark(List.of(article("orig", DedupeFixtures.flood()),
                article("short", String.join(" ", sentences))));
        assertThat(byId(m, "short").relation()).isEqualTo(Relation.NEAR_COPY);
        assertThat(byId(m, "short").duplicateOf()).isEqualTo("orig");
    }

    @Test
    void unrelatedAndSameTopicDifferentTextAreNot() {
        NearDuplicates.Marked m = mark(List.of(article("orig", DedupeFixtures.flood()),
                article("other-report", DedupeFixtures.FLOOD_OTHER_REPORT), article("budget", DedupeFixtures.BUDGET)));
        assertThat(m.articles()).extracting(Article::relation).containsOnly(Relation.ORIGINAL);
        assertThat(m.articles()).extracting(Article::duplicateOf).containsOnlyNulls();
        assertThat(m.sketches()).containsOnlyKeys("orig", "other-report", "budget");
    }

    @Test
    void halfTheTextIsNotANearCopy() {
        String half = String.join(" ", DedupeFixtures.FLOOD.subList(0, 5));
        NearDuplicates.Marked m = mark(List.of(article("orig", DedupeFixtures.flood()), article("half", half)));
        assertThat(byId(m, "half").relation()).isEqualTo(Relation.ORIGINAL);
    }

    @Test
    void aStoryCopiedDozensOfTimesStaysOneFamily() {
        // 60 versions, each with one different word changed: more candidates than are verified per query
        List<Article> versions = new ArrayList<>();
        String[] words = DedupeFixtures.flood().split(" ");
        for (int v = 0; v < 60; v++) {
            String[] w = words.clone();
            if (v > 0) {
                w[(v * 7) % w.length] = "changed" + v;
            }
            versions.add(article("v" + v, String.join(" ", w)));
        }
        NearDuplicates.Marked m = mark(versions);
        assertThat(m.articles().subList(1, 60)).allSatisfy(a -> {
            assertThat(a.relation()).isEqualTo(Relation.NEAR_COPY);
            assertThat(a.duplicateOf()).isEqualTo("v0");
            assertThat(a.derivation().similarity()).isGreaterThanOrEqualTo(0.8);
        });
        assertThat(m.articles()).isEqualTo(mark(versions).articles()); // deterministic
    }

    @Test
    void titlesAreComparedToo() {
        Article brief1 = article("brief1", "").withTitle("FED SETS TWO-DAY SYSTEM REPURCHASES, FED SAYS");
        Article brief2 = article("brief2", "").withTitle("Fed sets two-day system repurchases, Fed says");
        Article dividend1 = article("div1", "Qtly div four cts vs four cts prior. Pay April 15. Record March 20.")
                .withTitle("ROWE FURNITURE CORP SETS QTLY DIVIDEND");
        Article dividend2 = article("div2", "Qtly div four cts vs four cts prior. Pay April 15. Record March 31.")
                .withTitle("KENAN TRANSPORT CO SETS QUARTERLY");
        NearDuplicates.Marked m = mark(List.of(brief1, brief2, dividend1, dividend2));
        assertThat(byId(m, "brief2").relation()).as("headline-only briefs").isEqualTo(Relation.NEAR_COPY);
        assertThat(byId(m, "brief2").derivation().similarity()).isEqualTo(1.0);
        assertThat(byId(m, "div2").relation()).as("one template, two companies").isEqualTo(Relation.ORIGINAL);
        assertThat(NearDuplicates.text(dividend1)).startsWith("ROWE FURNITURE").endsWith("March 20.");
    }

    @Test
    void exactCopiesOfANearCopyPointAtTheFamilysOriginal() {
        List<String> sentences = new ArrayList<>(DedupeFixtures.FLOOD);
        sentences.remove(2);
        String near = String.join(" ", sentences);
        NearDuplicates.Marked m = mark(List.of(article("orig", DedupeFixtures.flood()), article("near", near),
                article("copy-of-near", near.toUpperCase()), article("copy-of-orig", DedupeFixtures.flood())));
        assertThat(byId(m, "copy-of-near").duplicateOf()).isEqualTo("orig");
        assertThat(byId(m, "copy-of-near").derivation()).isEqualTo(Derivation.copyOf("near"));
        assertThat(byId(m, "copy-of-orig").derivation()).isEqualTo(Derivation.copyOf("orig"));
        assertThat(m.sketches()).containsOnlyKeys("orig", "near"); // exact copies are not indexed
    }

    @Test
    void aLaterVersionIsComparedWithEveryEarlierVersion() {
        // v1 -> v2 (a sentence dropped) -> v3 (two more dropped, and boilerplate): v3 is closest to v2
        List<String> s2 = new ArrayList<>(DedupeFixtures.FLOOD);
        s2.remove(9);
        List<String> s3 = new ArrayList<>(s2);
        s3.remove(8);
        String v3 = String.join(" ", s3) + " Copyright Marlow Gazette.";
        NearDuplicates.Marked m = mark(List.of(article("v1", DedupeFixtures.flood()),
                article("v2", String.join(" ", s2)), article("v3", v3)));
        assertThat(byId(m, "v3").derivation().derivedFrom()).isEqualTo("v2");
        assertThat(byId(m, "v3").duplicateOf()).isEqualTo("v1");
    }

    @Test
    void emptyOneWordAndOneMegabyteTexts() {
        String big = SketcherTest.randomText(new SplittableRandom(5), 200_000, 60_000);
        String bigEdited = big.substring(0, 700_000) + " an inserted clause, " + big.substring(700_000);
        NearDuplicates.Marked m = mark(List.of(article("empty", "..."), article("empty2", ""),
                article("word", "Flood"), article("word2", "flood!"), article("other-word", "Rain"),
                article("big", big), article("big-edited", bigEdited)));
        assertThat(byId(m, "empty").relation()).isEqualTo(Relation.ORIGINAL);
        assertThat(byId(m, "empty2").relation()).isEqualTo(Relation.ORIGINAL);
        assertThat(byId(m, "word2").derivation()).isEqualTo(Derivation.copyOf("word"));
        assertThat(byId(m, "other-word").relation()).isEqualTo(Relation.ORIGINAL);
        assertThat(byId(m, "big-edited").relation()).isEqualTo(Relation.NEAR_COPY);
        assertThat(byId(m, "big-edited").duplicateOf()).isEqualTo("big");
        assertThat(m.sketches()).doesNotContainKeys("empty", "empty2");
        assertThat(m.sketches().get("big").bottom()).hasSize(settings.bottomK());
    }

    @Test
    void identicalTextsWithDifferentIdsAreCopiesAndTheSameIdTwiceIsRefused() {
        NearDuplicateIndex index = new NearDuplicateIndex(settings);
        NearDuplicates nd = new NearDuplicates(index);
        nd.mark(exact(List.of(article("a", DedupeFixtures.flood()), article("b", DedupeFixtures.flood()))));
        assertThat(index.size()).isEqualTo(1);
        assertThatThrownBy(() -> nd.mark(exact(List.of(article("c", DedupeFixtures.BUDGET),
                article("a", DedupeFixtures.BUDGET)))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("article a was marked");
        assertThatThrownBy(() -> nd.mark(List.of(article("d", DedupeFixtures.BUDGET), article("d", "other"))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("occurs twice");
        assertThat(index.size()).isEqualTo(1); // nothing of the refused batches was indexed
        assertThat(index.contains("c")).isFalse();
        assertThatThrownBy(() -> index.add("a", new Sketcher(settings).sketch("x y z"), null))
                .hasMessageContaining("indexed already");
    }

    @Test
    void incrementalBatchesAndACheckpointGiveTheSameResultAsOneBatch() {
        List<Article> all = corpus();
        List<Article> once = mark(all).articles();

        NearDuplicateIndex index = new NearDuplicateIndex(settings);
        List<Article> incremental = new ArrayList<>();
        for (int from = 0; from < all.size(); from += 3) {
            List<Article> batch = all.subList(from, Math.min(all.size(), from + 3));
            // the exact pass of a later batch sees earlier batches through the store; emulate it with the marks
            List<Article> seen = List.copyOf(incremental);
            List<Article> exact = new ExactDuplicates(h -> seen.stream()
                    .filter(a -> h.equals(a.contentHash()) && a.relation() != Relation.COPY)
                    .map(Article::id).findFirst()).mark(batch);
            incremental.addAll(new NearDuplicates(index).mark(exact).articles());
            index = NearDuplicateIndex.fromBytes(index.toBytes(), settings); // checkpoint and resume
        }
        assertThat(incremental).isEqualTo(once);
        assertThat(once).extracting(Article::relation).contains(Relation.NEAR_COPY, Relation.COPY, Relation.ORIGINAL);
    }

    @Test
    void checkpointsRefuseOtherSettingsAndCorruptBytes() {
        NearDuplicateIndex index = new NearDuplicateIndex(settings);
        new NearDuplicates(index).mark(exact(corpus()));
        byte[] bytes = index.toBytes();
        NearDuplicateIndex back = NearDuplicateIndex.fromBytes(bytes, settings);
        assertThat(back.size()).isEqualTo(index.size());
        assertThat(back.toBytes()).isEqualTo(bytes);
        assertThat(back.rootOf("flood-v2")).contains("flood");
        assertThatThrownBy(() -> NearDuplicateIndex.fromBytes(bytes, settings.withShingleWords(4)))
                .hasMessageContaining("other near-duplicate settings");
        assertThat(NearDuplicateIndex.fromBytes(bytes, settings.withThreshold(0.9)).size()).isEqualTo(index.size());
        assertThatThrownBy(() -> NearDuplicateIndex.fromBytes(java.util.Arrays.copyOf(bytes, bytes.length - 3), settings))
                .hasMessageContaining("truncated");
        assertThatThrownBy(() -> NearDuplicateIndex.fromBytes(new byte[] {1, 2, 3, 4}, settings))
                .hasMessageContaining("not a near-duplicate index");
        TextSketch s = new Sketcher(settings).sketch(DedupeFixtures.flood());
        assertThat(TextSketch.fromBytes(s.toBytes(), settings)).isEqualTo(s);
        assertThatThrownBy(() -> TextSketch.fromBytes(java.util.Arrays.copyOf(s.toBytes(), 30), settings))
                .hasMessageContaining("corrupt sketch");
    }

    private static List<Article> corpus() {
        List<String> s2 = new ArrayList<>(DedupeFixtures.FLOOD);
        s2.remove(4);
        String flood2 = String.join(" ", s2);
        return List.of(article("flood", DedupeFixtures.flood()), article("budget", DedupeFixtures.BUDGET),
                article("flood-copy", DedupeFixtures.flood().toLowerCase()), article("flood-v2", flood2),
                article("report", DedupeFixtures.FLOOD_OTHER_REPORT), article("empty", ""),
                article("budget-v2", DedupeFixtures.BUDGET + " Read more on our website."),
                article("flood-v2-copy", flood2), article("flood-v3", flood2 + " Photo: M. Gazette."));
    }
}
