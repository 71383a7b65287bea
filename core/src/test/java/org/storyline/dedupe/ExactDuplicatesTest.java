package org.storyline.dedupe;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.storyline.model.Article;
import org.storyline.model.CleanText;
import org.storyline.model.Origin;
import org.storyline.model.RawArticle;

class ExactDuplicatesTest {
    private final ContentHashStage hash = new ContentHashStage();

    private Article article(String id, String text) {
        Article a = Article.of(new RawArticle(id, null, text, null, null, null, null, new Origin("t", 1)));
        return hash.apply(a.withClean(CleanText.unchanged(text)));
    }

    @Test
    void normalizationIgnoresCasePunctuationSpacingAndAccents() {
        assertThat(ContentHashStage.normalize("  López  said: \"YES\"!\n")).isEqualTo("lopez said yes");
        assertThat(article("a", "López said yes.").contentHash())
                .isEqualTo(article("b", "LOPEZ said -- yes").contentHash());
        assertThat(article("c", "...").contentHash()).isNull();
    }

    @Test
    void theAsciiFastPathAgreesWithTheUnicodePath() {
        String ascii = "  The U.S. Fed's 6-3/8 pct RATE_rise\t(2024)\n\n-- said: \"OK\"! ~end~ ";
        assertThat(ContentHashStage.normalize(ascii)).isEqualTo("the u s fed s 6 3 8 pct rate rise 2024 said ok end");
        // the same text with one non-ASCII character takes the Unicode path and must agree on the rest
        assertThat(ContentHashStage.normalize(ascii + "é")).isEqualTo(ContentHashStage.normalize(ascii) + " e");
        assertThat(ContentHashStage.normalize("")).isEmpty();
        assertThat(ContentHashStage.normalize("!!! ...")).isEmpty();
    }

    @Test
    void marksLaterCopiesWithTheFirstId() {
        List<Article> out = new ExactDuplicates(h -> Optional.empty()).mark(List.of(
                article("a", "The council voted."), article("b", "Another story."),
                article("c", "the council voted"), article("d", "...")));
        assertThat(out).extracting(Article::duplicateOf).containsExactly(null, null, "a", null);
    }

    @Test
    void usesTheStoreForArticlesOfEarlierRuns() {
        String stored = article("old", "Stored before.").contentHash();
        List<Article> out = new ExactDuplicates(h -> h.equals(stored) ? Optional.of("old") : Optional.empty())
                .mark(List.of(article("new", "stored before")));
        assertThat(out.get(0).duplicateOf()).isEqualTo("old");
    }
}
