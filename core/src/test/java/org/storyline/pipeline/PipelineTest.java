package org.storyline.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;
import org.junit.jupiter.api.Test;

class PipelineTest {

    private record Step(String name, Set<Annotation> requires, Set<Annotation> provides, String suffix)
            implements Stage<String, String> {
        @Override
        public String apply(String input) {
            return input + suffix;
        }
    }

    @Test
    void runsStagesInOrderAndAccumulatesAnnotations() {
        Pipeline<String, String> p = Pipeline.from(Set.of(Annotation.RAW),
                        new Step("clean", Set.of(Annotation.RAW), Set.of(Annotation.CLEAN_TEXT), "+c"))
                .then(new Step("date", Set.of(Annotation.CLEAN_TEXT), Set.of(Annotation.DATING), "+d"));

        assertThat(p.apply("x")).isEqualTo("x+c+d");
        assertThat(p.stageNames()).containsExactly("clean", "date");
        assertThat(p.provided()).contains(Annotation.RAW, Annotation.CLEAN_TEXT, Annotation.DATING);
    }

    @Test
    void rejectsAStageWhoseRequirementsAreMissingAndSaysWhatToAdd() {
        Pipeline<String, String> p = Pipeline.from(Set.of(Annotation.RAW),
                new Step("clean", Set.of(Annotation.RAW), Set.of(Annotation.CLEAN_TEXT), ""));

        assertThatThrownBy(() -> p.then(new Step("cluster", Set.of(Annotation.DATING, Annotation.CLEAN_TEXT),
                        Set.of(Annotation.EVENTS), "")))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("'cluster' requires [DATING]")
                .hasMessageContaining("stages so far: clean")
                .hasMessageContaining("add a stage that provides [DATING] before 'cluster'");
    }
}
