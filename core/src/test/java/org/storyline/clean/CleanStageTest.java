package org.storyline.clean;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;
import org.storyline.model.Article;
import org.storyline.model.BoilerplateReason;
import org.storyline.model.Origin;
import org.storyline.model.RawArticle;
import org.storyline.model.RemovedSpan;
import org.storyline.pipeline.Annotation;

class CleanStageTest {

    @Test
    void declaresItsPlaceInThePipeline() {
        CleanStage s = new CleanStage();
        assertThat(s.name()).isEqualTo("clean");
        assertThat(s.requires()).isEqualTo(Set.of(Annotation.RAW));
        assertThat(s.provides()).isEqualTo(Set.of(Annotation.CLEAN_TEXT));
    }

    @Test
    void cleansTheOriginalAndKeepsIt() {
        String original = "The dam held on Monday, engineers said.\n\nLeave a Reply";
        Article a = Article.of(new RawArticle("a1", "Dam holds", original, null, null, null, "en",
                new Origin("in.jsonl", 1)));

        Article out = new CleanStage().apply(a);

        assertThat(out.original()).isEqualTo(original);
        assertThat(out.text()).isEqualTo("The dam held on Monday, engineers said.");
        assertThat(out.removed()).extracting(RemovedSpan::reason).containsExactly(BoilerplateReason.COMMENT_FORM);
        assertThat(out.offsets().toOriginal(4)).isEqualTo(4);
        assertThat(out.title()).isEqualTo("Dam holds");
    }
}
